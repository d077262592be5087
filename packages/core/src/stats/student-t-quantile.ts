import { InvalidOptionError } from "../errors/invalid-option-error";
import { normalQuantile } from "./normal-quantile";
import { studentTCdf } from "./student-t-cdf";

/**
 * The quantile function (inverse CDF) of Student's t distribution: the `t` with
 * P(T <= t) = `p`. The critical value of a two-sided interval for a mean of `n` values at
 * confidence `c` is `studentTQuantile(1 - (1 - c) / 2, n - 1)`.
 *
 * @param p - A probability; 0 gives `-Infinity`, 1 gives `Infinity`.
 * @param degreesOfFreedom - Greater than zero.
 * @returns The quantile, to about 1e-12 relative (found by bisection on {@link studentTCdf}).
 * @throws {@link index!InvalidOptionError} when `p` is not from 0 to 1 or `degreesOfFreedom` is not positive.
 *
 * @example
 * ```ts
 * import { studentTQuantile } from "@journeykit/core";
 *
 * studentTQuantile(0.975, 1); // 12.7062047361747
 * studentTQuantile(0.975, 10); // 2.2281388519863
 * studentTQuantile(0.975, 1e9); // 1.95996398... (the normal quantile)
 * ```
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p >= 0 && p <= 1))
    throw new InvalidOptionError({
      option: "p",
      problem: `studentTQuantile needs a probability from 0 to 1, got ${p}`,
    });
  if (!(degreesOfFreedom > 0)) {
    throw new RangeError(
      `studentTQuantile needs degrees of freedom greater than zero, got ${degreesOfFreedom}`,
    );
  }
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, degreesOfFreedom);
  // t quantiles lie beyond the normal one; double the bracket until it holds the answer.
  let low = normalQuantile(p);
  let high = Math.max(2 * low, 1);
  while (studentTCdf(high, degreesOfFreedom) < p) {
    low = high;
    high *= 2;
  }
  for (let step = 0; step < 200 && high - low > 1e-13 * high; step += 1) {
    const middle = (low + high) / 2;
    if (studentTCdf(middle, degreesOfFreedom) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
