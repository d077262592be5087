const SQRT_PI = Math.sqrt(Math.PI);

/** erfc(x) for x >= 0: a positive-term series below 2.5 (no cancellation), a continued fraction above. */
function complementaryErrorFunction(x: number): number {
  if (x < 2.5) {
    // erf(x) = 2/sqrt(pi) e^(-x^2) sum 2^k x^(2k+1) / (1 * 3 * ... * (2k+1))
    let term = x;
    let sum = x;
    for (let k = 1; k < 200 && term > sum * 1e-17; k += 1) {
      term *= (2 * x * x) / (2 * k + 1);
      sum += term;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^(-x^2) / sqrt(pi) * 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))), Lentz's method.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k += 1) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (SQRT_PI * f);
}

/**
 * The cumulative distribution function of the standard normal distribution, Φ(z): the
 * probability that a standard normal variable is at most `z`. Accurate to about 1e-15, also far
 * in the tails (Φ(-10) is about 7.6e-24, not 0).
 *
 * @param z - Any number; `-Infinity` gives 0, `Infinity` gives 1, `NaN` gives `NaN`.
 * @returns Φ(z), from 0 to 1.
 *
 * @example
 * ```ts
 * import { normalCdf } from "@journeykit/core";
 *
 * normalCdf(0); // 0.5
 * normalCdf(1.959963984540054); // 0.975
 * normalCdf(-1); // 0.15865525393145707
 * ```
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  const half = 0.5 * complementaryErrorFunction(Math.abs(z) / Math.SQRT2);
  return z < 0 ? half : 1 - half;
}
