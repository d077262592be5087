import * as z from "zod";
import { normalQuantile } from "./normal-quantile";

/**
 * How an interval was computed: `wilson` (Wilson score interval for a proportion), `wald` and
 * `adjusted-wald` (normal approximation, plain or with pseudo-observations added first), `t`
 * (Student t interval for a mean).
 *
 * @example
 * ```ts
 * const method: IntervalMethod = "wilson";
 * ```
 */
export type IntervalMethod = "wilson" | "wald" | "adjusted-wald" | "t";

/**
 * A two-sided confidence interval: plain data, in the same unit as the estimate it belongs to.
 *
 * @example
 * ```ts
 * const interval: ConfidenceInterval = { lower: 0.6, upper: 0.8, confidence: 0.95, method: "wilson" };
 * ```
 */
export interface ConfidenceInterval {
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound (never below `lower`). */
  readonly upper: number;
  /** The confidence level, such as 0.95. */
  readonly confidence: number;
  /** How the bounds were computed. */
  readonly method: IntervalMethod;
}

/**
 * A confidence level as the analyses accept it: a number strictly between 0 and 1, 0.95 when
 * left out. Use it in option schemas.
 *
 * @example
 * ```ts
 * ConfidenceSchema.parse(undefined); // 0.95
 * ConfidenceSchema.safeParse(95).success; // false: write 0.95, not 95
 * ```
 */
export const ConfidenceSchema = z
  .number()
  .gt(0, { message: "must be greater than 0 (write 0.95 for 95%)" })
  .lt(1, { message: "must be less than 1 (write 0.95 for 95%, not 95)" })
  .default(0.95);

/**
 * The critical value z of a two-sided normal interval at `confidence`: Φ⁻¹(1 - (1 - confidence) / 2).
 *
 * @param confidence - Strictly between 0 and 1.
 * @returns z, such as 1.959963984540054 for 0.95.
 *
 * @example
 * ```ts
 * import { twoSidedZ } from "@journeykit/core";
 *
 * twoSidedZ(0.95); // 1.959963984540054
 * twoSidedZ(0.9); // 1.6448536269514722
 * ```
 */
export function twoSidedZ(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}
