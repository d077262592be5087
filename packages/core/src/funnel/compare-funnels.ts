import * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { parseOptions } from "../options/parse-options";
import { normalCdf } from "../stats/normal-cdf";
import type { FunnelStepResult, FunnelSummary } from "./funnel-result";

/**
 * One proportion of a comparison: `successes` out of `trials`, and their `rate` (0 when there
 * were no trials).
 *
 * @example
 * ```ts
 * const checkout: ProportionSample = { successes: 120, trials: 400, rate: 0.3 };
 * ```
 */
export interface ProportionSample {
  readonly successes: number;
  readonly trials: number;
  readonly rate: number;
}

/**
 * Two proportions and a two-sided two-proportion z-test of their difference (pooled standard
 * error). `difference` is `b.rate - a.rate`; `relativeChange` is the difference over `a.rate`
 * (`null` when `a.rate` is 0). When a side has no trials, or both rates are 0 or both 1, there is
 * no evidence either way: `z` is 0 and `pValue` 1.
 *
 * @example
 * ```ts
 * const test: ProportionComparison = result.steps[2].fromPrevious;
 * if (test.significant) console.log(`checkout conversion moved by ${(test.difference * 100).toFixed(1)} points`);
 * ```
 */
export interface ProportionComparison {
  readonly a: ProportionSample;
  readonly b: ProportionSample;
  readonly difference: number;
  readonly relativeChange: number | null;
  readonly z: number;
  readonly pValue: number;
  /** `pValue < alpha`. */
  readonly significant: boolean;
}

/**
 * One step of a {@link FunnelComparison}: its conversion from step 1 and from the previous
 * required step, in both funnels, each with its test.
 *
 * @example
 * ```ts
 * const step: FunnelStepComparison = comparison.steps[1];
 * step.fromStart.pValue;
 * ```
 */
export interface FunnelStepComparison {
  readonly index: number;
  readonly label: string;
  readonly fromStart: ProportionComparison;
  readonly fromPrevious: ProportionComparison;
}

/**
 * What {@link compareFunnels} returns: per step, and for the whole funnel.
 *
 * @example
 * ```ts
 * const comparison: FunnelComparison = compareFunnels(before, after);
 * comparison.overall.significant;
 * ```
 */
export interface FunnelComparison {
  readonly alpha: number;
  readonly steps: readonly FunnelStepComparison[];
  /** Step 1 to the last required step. */
  readonly overall: ProportionComparison;
}

/**
 * The options of {@link compareFunnels}: `alpha`, the significance level (default 0.05).
 *
 * @example
 * ```ts
 * CompareFunnelsOptionsSchema.parse({}); // { alpha: 0.05 }
 * ```
 */
export const CompareFunnelsOptionsSchema = z.strictObject({
  alpha: z.number().gt(0).lt(1).default(0.05),
});

/**
 * The options of {@link compareFunnels}, as written.
 *
 * @example
 * ```ts
 * const options: CompareFunnelsOptions = { alpha: 0.01 };
 * ```
 */
export type CompareFunnelsOptions = z.input<typeof CompareFunnelsOptionsSchema>;

function sample(successes: number, trials: number): ProportionSample {
  return { successes, trials, rate: trials === 0 ? 0 : successes / trials };
}

function compare(a: ProportionSample, b: ProportionSample, alpha: number): ProportionComparison {
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  const difference = b.rate - a.rate;
  const informative = a.trials > 0 && b.trials > 0 && standardError > 0;
  const z = informative ? difference / standardError : 0;
  const pValue = informative ? Math.min(1, 2 * normalCdf(-Math.abs(z))) : 1;
  return {
    a,
    b,
    difference,
    relativeChange: a.rate === 0 ? null : difference / a.rate,
    z,
    pValue,
    significant: pValue < alpha,
  };
}

/**
 * Compares two funnels over the same steps, such as two periods (before and after a change) or
 * two segments: for each step, its conversion from step 1 and from the previous required step in
 * `a` and in `b`, with a two-sided two-proportion z-test (pooled) of the difference. It answers
 * "did the change help, or is the difference noise?".
 *
 * The test treats units as independent trials, which holds when the two funnels count different
 * customers (two periods with little overlap, or disjoint segments).
 *
 * @param a - The baseline funnel (a {@link FunnelResult} or one of its breakdown groups).
 * @param b - The funnel to compare with it: the same steps, in the same order.
 * @param options - `alpha`, the significance level (default 0.05).
 * @returns Per step and overall: both rates, their difference, `z`, `pValue` and `significant`.
 * @throws {@link InvalidOptionError} when the funnels' steps differ (`b.steps`) or `alpha` is not
 * between 0 and 1.
 *
 * @example
 * ```ts
 * const before = funnel(log.filter((i) => log.columns.timestamp[i] < launch), { steps });
 * const after = funnel(log.filter((i) => log.columns.timestamp[i] >= launch), { steps });
 * const comparison = compareFunnels(before, after);
 * // e.g. before 120 of 1000 bought, after 160 of 1000:
 * comparison.overall.difference; // 0.04
 * comparison.overall.pValue; // 0.0099 (z = 2.58: significant at 0.05)
 * ```
 */
export function compareFunnels(
  a: FunnelSummary,
  b: FunnelSummary,
  options: CompareFunnelsOptions = {},
): FunnelComparison {
  const { alpha } = parseOptions(CompareFunnelsOptionsSchema, options);
  const labels = (summary: FunnelSummary) =>
    summary.steps.map((step) => `${step.label}${step.optional ? "?" : ""}`);
  if (labels(a).join("\u0000") !== labels(b).join("\u0000")) {
    throw new InvalidOptionError({
      option: "b.steps",
      problem: `the funnels have different steps ([${labels(a).join(", ")}] and [${labels(b).join(", ")}]); compare funnels built with the same steps`,
    });
  }
  // dropOff is the previous required step's count minus this step's.
  const previousCount = (step: FunnelStepResult) => step.count + step.dropOff;
  const steps = a.steps.map((stepA, index) => {
    const stepB = b.steps[index] as (typeof b.steps)[number];
    const enteredA = a.steps[0]?.count ?? 0;
    const enteredB = b.steps[0]?.count ?? 0;
    return {
      index,
      label: stepA.label,
      fromStart: compare(sample(stepA.count, enteredA), sample(stepB.count, enteredB), alpha),
      fromPrevious: compare(
        sample(stepA.count, previousCount(stepA)),
        sample(stepB.count, previousCount(stepB)),
        alpha,
      ),
    };
  });
  const lastRequired = a.steps.reduce((last, step) => (step.optional ? last : step.index), 0);
  return { alpha, steps, overall: (steps[lastRequired] as FunnelStepComparison).fromStart };
}
