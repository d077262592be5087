import type { FunnelOptions } from "@journeykit/core";
import type { SqlContext } from "../export/sql-context";
import { quotedForComment } from "../statement/sql-comment";
import { funnelPlan } from "./funnel-plan";
import { funnelPlanSql } from "./funnel-plan-sql";

/** The CTEs and final SELECT of a funnel query. */
export function funnelSql(context: SqlContext, options: FunnelOptions, name: string | undefined) {
  const plan = funnelPlan(options);
  const labels = plan.empty.steps.map((step) => step.label);
  return funnelPlanSql(
    context,
    plan,
    labels,
    name === undefined ? "funnel" : `funnel ${quotedForComment(name)}`,
  );
}
