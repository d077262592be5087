import {
  biggestDropOff,
  type FunnelResult,
  type FunnelStepResult,
  type FunnelSummary,
  type TimeSummary,
} from "@journeykit/core";

/** One group's counts and time summaries per step, as the SQL returned them. */
export interface GroupCounts {
  readonly counts: readonly number[];
  readonly customers: readonly number[];
  readonly timeFromPrevious: readonly (TimeSummary | null)[];
  readonly timeFromStart: readonly (TimeSummary | null)[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * Rates, drop-offs and the biggest drop-off from counts, by `funnel`'s definitions: rates are
 * fractions (0 when the denominator is 0), "previous" is the previous required step, and the
 * biggest drop-off is core's `biggestDropOff`. `template` gives each step's index, label and
 * `optional` (a funnel result over no events).
 */
export function summarizeFunnelCounts(
  template: FunnelResult,
  previousRequired: readonly number[],
  group: GroupCounts,
): FunnelSummary {
  const count = (k: number) => group.counts[k] ?? 0;
  const entered = count(0);
  const steps: FunnelStepResult[] = template.steps.map(({ index, label, optional }) => {
    const previous = index === 0 ? count(0) : count(previousRequired[index] as number);
    return {
      index,
      label,
      optional,
      count: count(index),
      customers: group.customers[index] ?? 0,
      conversionFromStart: ratio(count(index), entered),
      conversionFromPrevious: index === 0 ? (count(0) === 0 ? 0 : 1) : ratio(count(index), previous),
      dropOff: previous - count(index),
      dropOffRate: ratio(previous - count(index), previous),
      timeFromPrevious: index === 0 ? null : (group.timeFromPrevious[index] ?? null),
      timeFromStart: index === 0 ? null : (group.timeFromStart[index] ?? null),
    };
  });
  const required = steps.filter((step) => !step.optional);
  const last = required[required.length - 1] as FunnelStepResult;
  return { steps, overallConversion: ratio(last.count, entered), biggestDropOff: biggestDropOff(steps) };
}
