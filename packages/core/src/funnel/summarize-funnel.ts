import { biggestDropOff } from "./biggest-drop-off";
import type { FunnelStepResult, FunnelSummary, TimeSummary } from "./funnel-result";
import type { FunnelPlan } from "./plan-funnel";

/**
 * What a funnel engine counted, per step (index k is step k), for {@link summarizeFunnel}.
 *
 * @example
 * ```ts
 * const counts: FunnelCounts = { count: [1000, 400, 120] };
 * ```
 */
export interface FunnelCounts {
  /** Units (customers or sessions) that reached each step. */
  readonly count: ArrayLike<number>;
  /** Time summaries since the previous step the attempt did; `null` (default) for none. */
  readonly timeFromPrevious?: readonly (TimeSummary | null)[];
  /** Time summaries since the attempt's step 1; `null` (default) for none. */
  readonly timeFromStart?: readonly (TimeSummary | null)[];
  /**
   * Rates another tool reported for a step (GA4 computes its own, possibly over unsampled data),
   * used instead of those computed from the counts; a reported `dropOff` also enters the
   * computed `dropOffRate`.
   */
  readonly reported?: readonly (
    | {
        readonly conversionFromPrevious?: number | undefined;
        readonly dropOff?: number | undefined;
        readonly dropOffRate?: number | undefined;
      }
    | undefined
  )[];
}

/** A rate: `part / whole`, and 0 when there is no whole (nobody to convert). */
const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * The counts and rates of a funnel from its step counts, by {@link index!funnel}'s definitions, so that
 * every engine that counts a funnel (in memory, SQL, another tool's report) reports the same
 * summary: `conversionFromStart` is a step's count over step 1's; "previous" is the previous
 * required step (optional steps can be skipped), so `conversionFromPrevious`, `dropOff` and
 * `dropOffRate` are taken against it (step 1: 1, or 0 when nobody entered, and no drop-off);
 * `overallConversion` is the last required step's count over step 1's; `biggestDropOff` the
 * required step pairs losing the most units by count and by rate. Rates are 0 when their
 * denominator is 0 (no data gives rates of 0, not NaN).
 *
 * @param plan - The steps' labels and optional flags (a {@link FunnelPlan}, or just those two).
 * @param counts - Per step, the units that reached it, and optionally times.
 * @returns The steps with their rates, `overallConversion` and `biggestDropOff`.
 *
 * @example
 * ```ts
 * import { planFunnel, summarizeFunnel } from "@journeykit/core";
 *
 * const plan = planFunnel({ steps: ["view_item", "add_to_cart", "purchase"] });
 * const summary = summarizeFunnel(plan, { count: [1000, 400, 120] });
 * summary.steps.map((step) => step.conversionFromPrevious); // [1, 0.4, 0.3]
 * summary.overallConversion; // 0.12
 * summary.biggestDropOff.byCount?.toLabel; // "add_to_cart" (600 lost)
 * ```
 */
export function summarizeFunnel(
  plan: Pick<FunnelPlan, "labels" | "optional">,
  counts: FunnelCounts,
): FunnelSummary {
  const { labels, optional } = plan;
  const countAt = (k: number) => counts.count[k] ?? 0;
  const entered = countAt(0);
  let previousRequired = 0;
  const steps: FunnelStepResult[] = labels.map((label, index) => {
    const count = countAt(index);
    const previous = countAt(previousRequired);
    const reported = counts.reported?.[index];
    const dropOff = index === 0 ? 0 : (reported?.dropOff ?? previous - count);
    if (optional[index] !== true) previousRequired = index;
    return {
      index,
      label,
      optional: optional[index] === true,
      count,
      conversionFromStart: rate(count, entered),
      conversionFromPrevious:
        index === 0 ? (count === 0 ? 0 : 1) : (reported?.conversionFromPrevious ?? rate(count, previous)),
      dropOff,
      dropOffRate: index === 0 ? 0 : (reported?.dropOffRate ?? rate(dropOff, previous)),
      timeFromPrevious: index === 0 ? null : (counts.timeFromPrevious?.[index] ?? null),
      timeFromStart: index === 0 ? null : (counts.timeFromStart?.[index] ?? null),
    };
  });
  const lastRequired = steps.findLast((step) => !step.optional);
  return {
    steps,
    overallConversion: rate(lastRequired?.count ?? 0, entered),
    biggestDropOff: biggestDropOff(steps),
  };
}
