import type { ConfidenceInterval } from "./confidence-interval";
import { studentTQuantile } from "./student-t-quantile";

/**
 * The Student t interval for a mean: mean ± t(1 - α/2, n - 1) · s / √n, where `s` is the sample
 * standard deviation (divisor n - 1). It needs at least two values; with one there is no spread
 * to estimate and the result is `null`.
 *
 * @param mean - The sample mean.
 * @param standardDeviation - The sample standard deviation (divisor n - 1).
 * @param n - How many values; at least 2 for an interval.
 * @param confidence - Strictly between 0 and 1; 0.95 when left out.
 * @returns The interval, or `null` when `n` < 2.
 *
 * @example
 * ```ts
 * import { meanInterval } from "@journeykit/core";
 *
 * meanInterval(4, 1, 10); // { lower: 3.2846..., upper: 4.7153..., confidence: 0.95, method: "t" }
 * meanInterval(4, 0, 1); // null
 * ```
 */
export function meanInterval(
  mean: number,
  standardDeviation: number,
  n: number,
  confidence = 0.95,
): ConfidenceInterval | null {
  if (n < 2) return null;
  const halfWidth = (studentTQuantile(1 - (1 - confidence) / 2, n - 1) * standardDeviation) / Math.sqrt(n);
  return { lower: mean - halfWidth, upper: mean + halfWidth, confidence, method: "t" };
}
