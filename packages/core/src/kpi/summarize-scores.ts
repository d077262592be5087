import { EmptySampleError } from "../errors/empty-sample-error";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { meanInterval } from "../stats/mean-interval";
import { wilsonInterval } from "../stats/wilson-interval";

/** Mean and top-box share of a histogram of scores `min`, `min + 1`, ... */
export interface ScoreSummary {
  readonly n: number;
  readonly mean: number;
  readonly meanInterval: ConfidenceInterval | null;
  /** Responses at or above `boxFrom`. */
  readonly inBox: number;
  /** `inBox / n` as a percentage, with its Wilson interval in percent. */
  readonly boxPercent: number;
  readonly boxInterval: ConfidenceInterval;
}

/** Where the scores came from, to explain an empty sample. */
interface SampleContext {
  readonly measure: string;
  readonly empty: boolean;
  readonly nonResponses: number;
  readonly skipped: number;
}

/** Summarises a histogram, or throws EmptySampleError when it counts nothing. Shared by csat and ces. */
export function summarizeScores(
  histogram: Float64Array,
  min: number,
  boxFrom: number,
  confidence: number,
  context: SampleContext,
): ScoreSummary {
  if (histogram.every((count) => count === 0)) {
    throw new EmptySampleError({
      measure: context.measure,
      argument: "scores",
      problem: context.empty
        ? "is empty"
        : `holds no score to count (${context.nonResponses} non-responses, ${context.skipped} invalid scores skipped)`,
    });
  }
  let n = 0;
  let sum = 0;
  let inBox = 0;
  histogram.forEach((count, offset) => {
    n += count;
    sum += count * (min + offset);
    if (min + offset >= boxFrom) inBox += count;
  });
  const mean = sum / n;
  let squares = 0;
  histogram.forEach((count, offset) => {
    squares += count * (min + offset - mean) ** 2;
  });
  const standardDeviation = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const max = min + histogram.length - 1;
  const interval = meanInterval(mean, standardDeviation, n, confidence);
  const wilson = wilsonInterval(inBox, n, confidence);
  return {
    n,
    mean,
    // A mean of answers on a scale cannot leave the scale.
    meanInterval: interval && {
      ...interval,
      lower: Math.max(min, interval.lower),
      upper: Math.min(max, interval.upper),
    },
    inBox,
    boxPercent: (100 * inBox) / n,
    boxInterval: { ...wilson, lower: 100 * wilson.lower, upper: 100 * wilson.upper },
  };
}
