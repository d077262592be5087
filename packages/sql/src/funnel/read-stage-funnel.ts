import type { Journey, StageFunnelOptions, StageFunnelResult } from "@journeykit/core";
import type { SqlRow } from "../results/read-cell";
import { readFunnelRows } from "./read-funnel-rows";
import { stageFunnelPlan } from "./stage-funnel-plan";

/** The rows of a stage-funnel query as a `StageFunnelResult`. */
export function readStageFunnel(
  journey: Journey,
  options: StageFunnelOptions | undefined,
  rows: readonly SqlRow[],
): StageFunnelResult {
  const { plan, empty } = stageFunnelPlan(journey, options);
  return {
    ...readFunnelRows(plan, rows),
    stages: empty.stages,
    stagesWithoutEvents: empty.stagesWithoutEvents,
  };
}
