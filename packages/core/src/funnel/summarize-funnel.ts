import { biggestDropOff } from "./biggest-drop-off";
import type { FunnelPlan } from "./compile-funnel";
import type { FunnelStepResult, FunnelSummary } from "./funnel-result";
import type { FunnelTally } from "./funnel-tally";
import { type NumberList, summarizeTimes } from "./time-summary";

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Turns a tally into steps with rates, drop-offs and time summaries. */
export function summarizeFunnel(
  plan: Pick<FunnelPlan, "labels" | "optional" | "previousRequired">,
  tally: FunnelTally,
): FunnelSummary {
  const { labels, optional, previousRequired } = plan;
  const entered = tally.count[0] as number;
  const steps: FunnelStepResult[] = labels.map((label, index) => {
    const count = tally.count[index] as number;
    const previous = index === 0 ? count : (tally.count[previousRequired[index] as number] as number);
    const timeFromPrevious = index === 0 ? null : summarizeTimes(tally.fromPrevious[index] as NumberList);
    return {
      index,
      label,
      optional: optional[index] === true,
      count,
      customers: tally.customers[index] as number,
      conversionFromStart: ratio(count, entered),
      conversionFromPrevious: index === 0 ? (count === 0 ? 0 : 1) : ratio(count, previous),
      dropOff: previous - count,
      dropOffRate: ratio(previous - count, previous),
      timeFromPrevious,
      // Step 2 follows step 1 directly, so its time from the start is its time from the previous step.
      timeFromStart: index <= 1 ? timeFromPrevious : summarizeTimes(tally.fromStart[index] as NumberList),
    };
  });

  const required = steps.filter((step) => !step.optional);
  const last = required[required.length - 1] as FunnelStepResult;
  return { steps, overallConversion: ratio(last.count, entered), biggestDropOff: biggestDropOff(steps) };
}
