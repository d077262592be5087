import type { Journey, StageFunnelOptions } from "@journeykit/core";
import { planStageFunnel } from "@journeykit/core/internal";
import type { SqlContext } from "../export/sql-context";
import { quotedForComment } from "../statement/sql-comment";
import { funnelPlanSql } from "./funnel-plan-sql";

/** The CTEs and final SELECT of a stage-funnel query. */
export function stageFunnelSql(
  context: SqlContext,
  journey: Journey,
  options: StageFunnelOptions | undefined,
) {
  return funnelPlanSql(
    context,
    planStageFunnel(journey, options),
    `stageFunnel of journey ${quotedForComment(journey.name)}`,
  );
}
