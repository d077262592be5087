import type { FunnelOptions } from "@journeykit/core";
import { planFunnel } from "@journeykit/core/internal";
import type { SqlContext } from "../export/sql-context";
import { quotedForComment } from "../statement/sql-comment";
import { funnelPlanSql } from "./funnel-plan-sql";

/** The CTEs and final SELECT of a funnel query. */
export function funnelSql(context: SqlContext, options: FunnelOptions, name: string | undefined) {
  return funnelPlanSql(
    context,
    planFunnel(options),
    name === undefined ? "funnel" : `funnel ${quotedForComment(name)}`,
  );
}
