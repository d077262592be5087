import type { ConfidenceInterval } from "./confidence-interval";
import { twoSidedZ } from "./confidence-interval";

/**
 * The Wilson score interval for a proportion: `successes` out of `trials` at `confidence`
 * (Wilson 1927). Unlike the plain Wald interval it never leaves [0, 1], is not empty at 0 or
 * `trials` successes, and keeps close to its nominal coverage for small samples; it always
 * contains the observed share.
 *
 * Bounds: (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n), with p = successes / trials.
 *
 * The caller checks its counts (whole, 0 <= successes <= trials, trials > 0);
 * `conversionRate` is the checked entry point.
 *
 * @param successes - How many trials succeeded.
 * @param trials - How many trials there were; greater than zero.
 * @param confidence - Strictly between 0 and 1; 0.95 when left out.
 * @returns The interval as shares from 0 to 1.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from "@journeykit/core";
 *
 * wilsonInterval(81, 263); // { lower: 0.2553..., upper: 0.3662..., confidence: 0.95, method: "wilson" }
 * wilsonInterval(0, 20); // { lower: 0, upper: 0.1611..., ... }
 * ```
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): ConfidenceInterval {
  const z = twoSidedZ(confidence);
  const share = successes / trials;
  const zz = z * z;
  const denominator = 1 + zz / trials;
  const centre = (share + zz / (2 * trials)) / denominator;
  const halfWidth =
    (z / denominator) * Math.sqrt((share * (1 - share)) / trials + zz / (4 * trials * trials));
  // Rounding can push a bound a hair past the share at 0 or trials successes; the exact bound is the share.
  return {
    lower: Math.max(0, Math.min(share, centre - halfWidth)),
    upper: Math.min(1, Math.max(share, centre + halfWidth)),
    confidence,
    method: "wilson",
  };
}
