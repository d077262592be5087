import { InvalidOptionError } from "../errors/invalid-option-error";
import { normalCdf } from "./normal-cdf";

// Acklam's rational approximation (relative error below 1.2e-9), then polished with Halley steps
// against the accurate normalCdf, so the result is good to about 1e-15.
const a = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const c = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const lowTail = 0.02425;

function polynomial(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (const coefficient of coefficients) result = result * x + coefficient;
  return result;
}

function acklam(p: number): number {
  if (p < lowTail) {
    const q = Math.sqrt(-2 * Math.log(p));
    return polynomial(c, q) / (polynomial(d, q) * q + 1);
  }
  if (p > 1 - lowTail) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -polynomial(c, q) / (polynomial(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (polynomial(a, r) * q) / (polynomial(b, r) * r + 1);
}

/**
 * The quantile function (inverse CDF) of the standard normal distribution: the `z` with
 * Φ(z) = `p`. Use it for the critical value of a two-sided interval at confidence `c`:
 * `normalQuantile(1 - (1 - c) / 2)`.
 *
 * @param p - A probability; 0 gives `-Infinity`, 1 gives `Infinity`.
 * @returns The quantile, accurate to about 1e-15 in the central range.
 * @throws {@link index!InvalidOptionError} when `p` is not a number from 0 to 1 (a programming error, not data).
 *
 * @example
 * ```ts
 * import { normalQuantile } from "@journeykit/core";
 *
 * normalQuantile(0.975); // 1.959963984540054
 * normalQuantile(0.5); // 0
 * normalQuantile(0.005); // -2.5758293035489004
 * ```
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1))
    throw new InvalidOptionError({
      option: "p",
      problem: `normalQuantile needs a probability from 0 to 1, got ${p}`,
    });
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  let x = acklam(p);
  for (let step = 0; step < 2; step += 1) {
    // Halley's method on Φ(x) - p; the error in tail probabilities is relative, so work with the
    // smaller tail to keep digits.
    const error = x < 0 ? normalCdf(x) - p : 1 - p - normalCdf(-x);
    const density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    if (density === 0) break;
    const u = error / density;
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}
