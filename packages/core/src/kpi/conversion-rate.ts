import * as z from "zod";
import { EmptySampleError } from "../errors/empty-sample-error";
import { InvalidCountError } from "../errors/invalid-count-error";
import { parseOptions } from "../options/parse-options";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { ConfidenceSchema } from "../stats/confidence-interval";
import { wilsonInterval } from "../stats/wilson-interval";

/**
 * The options of `conversionRate`: `confidence` (0.95).
 *
 * @example
 * ```ts
 * ConversionRateOptionsSchema.parse({}); // { confidence: 0.95 }
 * ```
 */
export const ConversionRateOptionsSchema = z.strictObject({ confidence: ConfidenceSchema });

/**
 * Options for `conversionRate`, as written.
 *
 * @example
 * ```ts
 * const options: ConversionRateOptions = { confidence: 0.9 };
 * ```
 */
export type ConversionRateOptions = z.input<typeof ConversionRateOptionsSchema>;

/**
 * A conversion rate with its Wilson interval and the counts behind it. Plain data.
 *
 * @example
 * ```ts
 * const result: ConversionRateResult = conversionRate(30, 1000);
 * result.value; // 0.03
 * ```
 */
export interface ConversionRateResult {
  /** Always `"conversion"`. */
  readonly kind: "conversion";
  /** conversions / total, from 0 to 1: the headline number, what `kpiReport` reads. */
  readonly value: number;
  /** Always `"ratio"`. */
  readonly unit: "ratio";
  /** The Wilson interval of `value`, from 0 to 1. */
  readonly interval: ConfidenceInterval;
  /** How many converted. */
  readonly conversions: number;
  /** How many could have converted (the denominator). */
  readonly n: number;
}

function checkCount(value: unknown, argument: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || !Number.isInteger(value) || value < 0) {
    throw new InvalidCountError({ argument, value, problem: "expected a whole number of 0 or more" });
  }
  return value;
}

/**
 * A conversion rate, conversions / total, with its Wilson score interval: unlike the textbook
 * p ± z√(p(1-p)/n) it stays inside [0, 1], is not zero-width at 0 % or 100 %, and keeps its
 * coverage for small totals and rare conversions.
 *
 * @param conversions - How many converted: a whole number from 0 to `total`.
 * @param total - How many could have converted: a whole number greater than 0.
 * @param options - `confidence` (0.95).
 * @returns The rate, its interval and the counts.
 * @throws {@link EmptySampleError} when `total` is 0 (a rate of nothing is unknown, not 0).
 * @throws {@link InvalidCountError} when a count is negative, fractional, not finite, or
 *   `conversions` exceeds `total`.
 * @throws {@link InvalidOptionError} when an option is invalid.
 *
 * @example
 * ```ts
 * import { conversionRate } from "@journeykit/core";
 *
 * conversionRate(81, 263);
 * // { kind: "conversion", value: 0.308, interval: { lower: 0.2553, upper: 0.3662, ... }, n: 263, ... }
 * conversionRate(0, 20).interval.upper; // 0.1611: no conversions seen, but up to 16 % is plausible
 * conversionRate(5, 0); // throws EmptySampleError
 * ```
 */
export function conversionRate(
  conversions: number,
  total: number,
  options?: ConversionRateOptions,
): ConversionRateResult {
  const parsed = parseOptions(ConversionRateOptionsSchema, options);
  const trials = checkCount(total, "total");
  const successes = checkCount(conversions, "conversions");
  if (trials === 0) {
    throw new EmptySampleError({
      measure: "conversionRate",
      argument: "total",
      problem: "is 0: nobody could have converted",
    });
  }
  if (successes > trials) {
    throw new InvalidCountError({
      argument: "conversions",
      value: conversions,
      problem: `more conversions than the total (${trials}); count each converting customer or session once, in the same unit as the total`,
    });
  }
  return {
    kind: "conversion",
    value: successes / trials,
    unit: "ratio",
    interval: wilsonInterval(successes, trials, parsed.confidence),
    conversions: successes,
    n: trials,
  };
}
