import { parseOptions } from "../options/parse-options";
import type { ScoreInput } from "../options/score-options";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { normalCdf } from "../stats/normal-cdf";
import { nps } from "./nps";
import { type NpsCounts, npsFromCounts } from "./nps-from-counts";
import { npsSpread, pointsInterval } from "./nps-interval";
import { type NpsIntervalOptions, NpsIntervalOptionsSchema } from "./nps-options";

/**
 * The difference between two Net Promoter Scores, with its interval and a two-sided p-value.
 *
 * @example
 * ```ts
 * const comparison: NpsComparison = compareNps([10, 9, 9, 6], [10, 6, 5, 3]);
 * comparison.difference; // 100: 50 - (-50)
 * ```
 */
export interface NpsComparison {
  /** `a.score - b.score`, in points from -200 to 200 (unadjusted). */
  readonly difference: number;
  /** The interval of the difference in points, clipped to [-200, 200]; it always contains `difference`. */
  readonly interval: ConfidenceInterval;
  /** The standard error of the difference in points: √(Var_a / n_a + Var_b / n_b). */
  readonly standardError: number;
  /** The z statistic: the (adjusted) difference over its standard error. */
  readonly z: number;
  /** The two-sided p-value of "both scores are equal", 2 (1 - Φ(|z|)). */
  readonly pValue: number;
  /** Whether `pValue` is below 1 - confidence. */
  readonly significant: boolean;
  /** Score and respondents of the first sample. */
  readonly a: { readonly score: number; readonly n: number };
  /** Score and respondents of the second sample. */
  readonly b: { readonly score: number; readonly n: number };
}

function toCounts(input: ScoreInput | NpsCounts, argument: "a" | "b"): NpsCounts {
  if (input !== null && typeof input === "object" && "promoters" in input) return npsFromCounts(input);
  try {
    return nps(input as ScoreInput);
  } catch (error) {
    if (error instanceof Error) error.message = `In compareNps argument "${argument}": ${error.message}`;
    throw error;
  }
}

/**
 * Compares two Net Promoter Scores from independent samples (two survey waves, two segments).
 *
 * Each score's variance per respondent is Var = p + d - (p - d)² (as in {@link nps}); the
 * standard error of the difference is √(Var_a / n_a + Var_b / n_b), the z statistic the
 * difference over it, the p-value 2 (1 - Φ(|z|)). With `interval: "adjusted-wald"` (the default,
 * MeasuringU's "How to statistically compare two Net Promoter Scores"; the two-sample test of
 * Rocks' R package `NPS`) each sample first gets ¾ promoter, ¾ detractor and n + 3, and z and
 * the interval are centred on the adjusted difference; `difference` stays unadjusted. When both
 * variances are 0 (every respondent in both samples in the same group) the p-value is 1 for equal
 * scores and 0 otherwise.
 *
 * @param a - Scores (as for `nps`, default options) or counts / an `NpsResult`.
 * @param b - The same for the second sample.
 * @param options - `confidence` (0.95) and `interval` (`"adjusted-wald"` or `"wald"`).
 * @returns The difference a - b, its interval, standard error, z, p-value and both scores.
 * @throws The errors of {@link nps} or {@link npsFromCounts} for a bad sample, with the
 *   argument named in the message.
 *
 * @example
 * ```ts
 * import { compareNps, nps } from "@journeykit/core";
 *
 * const before = nps(scoresInMarch);
 * const after = nps(scoresInApril);
 * const change = compareNps(after, before);
 * if (change.significant) console.log(`NPS moved by ${change.difference.toFixed(0)} points`);
 *
 * compareNps({ promoters: 60, passives: 20, detractors: 20 }, { promoters: 40, passives: 30, detractors: 30 }, { interval: "wald" }).pValue; // 0.0092...
 * ```
 */
export function compareNps(
  a: ScoreInput | NpsCounts,
  b: ScoreInput | NpsCounts,
  options?: NpsIntervalOptions,
): NpsComparison {
  const parsed = parseOptions(NpsIntervalOptionsSchema, options);
  const first = toCounts(a, "a");
  const second = toCounts(b, "b");
  const nA = first.promoters + first.passives + first.detractors;
  const nB = second.promoters + second.passives + second.detractors;
  const spreadA = npsSpread(first.promoters, first.detractors, nA, parsed.interval);
  const spreadB = npsSpread(second.promoters, second.detractors, nB, parsed.interval);
  const scoreA = (100 * (first.promoters - first.detractors)) / nA;
  const scoreB = (100 * (second.promoters - second.detractors)) / nB;
  const difference = scoreA - scoreB;
  const centre = spreadA.centre - spreadB.centre;
  const standardError = Math.sqrt(spreadA.variance / spreadA.n + spreadB.variance / spreadB.n);
  const z =
    standardError > 0
      ? centre / standardError
      : centre === 0
        ? 0
        : Math.sign(centre) * Number.POSITIVE_INFINITY;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return {
    difference,
    interval: pointsInterval(centre, standardError, difference, 200, parsed.confidence, parsed.interval),
    standardError: 100 * standardError,
    z,
    pValue,
    significant: pValue < 1 - parsed.confidence,
    a: { score: scoreA, n: nA },
    b: { score: scoreB, n: nB },
  };
}
