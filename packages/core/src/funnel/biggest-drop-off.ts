import type { FunnelDropOff, FunnelStepResult } from "./funnel-result";

/**
 * The `biggestDropOff` of a funnel summary, from its steps: of each required step and the next
 * required step, the pair with the largest `dropOff` and the pair with the largest `dropOffRate`
 * (ties: the earlier pair). Both are `null` when there is only one required step or nobody
 * entered the funnel. Part of `summarizeFunnel`, which every funnel engine's summary goes through.
 */
export function biggestDropOff(steps: readonly FunnelStepResult[]): {
  readonly byCount: FunnelDropOff | null;
  readonly byRate: FunnelDropOff | null;
} {
  const required = steps.filter((step) => !step.optional);
  let byCount: FunnelDropOff | null = null;
  let byRate: FunnelDropOff | null = null;
  if ((steps[0]?.count ?? 0) === 0) return { byCount, byRate };
  for (let index = 1; index < required.length; index += 1) {
    const from = required[index - 1] as FunnelStepResult;
    const to = required[index] as FunnelStepResult;
    const pair: FunnelDropOff = {
      from: from.index,
      to: to.index,
      fromLabel: from.label,
      toLabel: to.label,
      dropOff: to.dropOff,
      dropOffRate: to.dropOffRate,
    };
    if (byCount === null || pair.dropOff > byCount.dropOff) byCount = pair;
    if (byRate === null || pair.dropOffRate > byRate.dropOffRate) byRate = pair;
  }
  return { byCount, byRate };
}
