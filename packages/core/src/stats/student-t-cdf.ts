import { InvalidOptionError } from "../errors/invalid-option-error";
import { regularizedIncompleteBeta } from "./incomplete-beta";

/**
 * The cumulative distribution function of Student's t distribution with `degreesOfFreedom`
 * degrees of freedom: the probability that such a variable is at most `t`.
 *
 * @param t - Any number.
 * @param degreesOfFreedom - Greater than zero (need not be whole).
 * @returns P(T <= t), from 0 to 1.
 * @throws {@link index!InvalidOptionError} when `degreesOfFreedom` is not a positive number.
 *
 * @example
 * ```ts
 * import { studentTCdf } from "@journeykit/core";
 *
 * studentTCdf(0, 5); // 0.5
 * studentTCdf(12.706204736174710, 1); // 0.975 (to 1e-15)
 * studentTCdf(-2.228138851986273, 10); // 0.025 (to 1e-15)
 * ```
 */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0)) {
    throw new InvalidOptionError({
      option: "degreesOfFreedom",
      problem: `studentTCdf needs degrees of freedom greater than zero, got ${degreesOfFreedom}`,
    });
  }
  if (Number.isNaN(t)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const tail =
    0.5 * regularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}
