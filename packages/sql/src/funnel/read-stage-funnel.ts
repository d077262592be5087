import type { Journey, StageFunnelOptions, StageFunnelResult } from "@journeykit/core";
import { planStageFunnel } from "@journeykit/core/internal";
import type { SqlRow } from "../results/read-cell";
import { readFunnelRows } from "./read-funnel-rows";

/** The rows of a stage-funnel query as a `StageFunnelResult`. */
export function readStageFunnel(
  journey: Journey,
  options: StageFunnelOptions | undefined,
  rows: readonly SqlRow[],
): StageFunnelResult {
  const plan = planStageFunnel(journey, options);
  return {
    ...readFunnelRows(plan, rows),
    stages: plan.stages,
    stagesWithoutEvents: plan.stagesWithoutEvents,
  };
}
