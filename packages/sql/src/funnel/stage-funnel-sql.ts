import type { Journey, StageFunnelOptions } from "@journeykit/core";
import type { SqlContext } from "../export/sql-context";
import { quotedForComment } from "../statement/sql-comment";
import { funnelPlanSql } from "./funnel-plan-sql";
import { stageFunnelPlan } from "./stage-funnel-plan";

/** The CTEs and final SELECT of a stage-funnel query. */
export function stageFunnelSql(
  context: SqlContext,
  journey: Journey,
  options: StageFunnelOptions | undefined,
) {
  const { plan, empty } = stageFunnelPlan(journey, options);
  const labels = empty.steps.map((step) => step.label);
  return funnelPlanSql(context, plan, labels, `stageFunnel of journey ${quotedForComment(journey.name)}`);
}
