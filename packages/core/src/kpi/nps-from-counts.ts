import { EmptySampleError } from "../errors/empty-sample-error";
import { InvalidCountError } from "../errors/invalid-count-error";
import { parseOptions } from "../options/parse-options";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { npsSpread, pointsInterval } from "./nps-interval";
import { type NpsIntervalOptions, NpsIntervalOptionsSchema } from "./nps-options";

/**
 * How many promoters (9-10), passives (7-8) and detractors (0-6) a survey had. An
 * {@link NpsResult} is one too, so results can be passed where counts are expected.
 *
 * @example
 * ```ts
 * const counts: NpsCounts = { promoters: 162, passives: 108, detractors: 54 };
 * ```
 */
export interface NpsCounts {
  /** Respondents who answered 9 or 10. */
  readonly promoters: number;
  /** Respondents who answered 7 or 8. */
  readonly passives: number;
  /** Respondents who answered 0 to 6. */
  readonly detractors: number;
}

/**
 * A Net Promoter Score with its interval and the counts behind it. Plain data.
 *
 * @example
 * ```ts
 * const result: NpsResult = nps([10, 9, 8, 3]);
 * result.score; // 25
 * ```
 */
export interface NpsResult extends NpsCounts {
  /** Always `"nps"`. */
  readonly kind: "nps";
  /** 100 (promoters - detractors) / n, from -100 to 100: the unadjusted score. */
  readonly score: number;
  /** The headline number (the same as `score`); what `kpiReport` reads. */
  readonly value: number;
  /** Always `"score"`: points from -100 to 100. */
  readonly unit: "score";
  /** Respondents counted: promoters + passives + detractors. */
  readonly n: number;
  /** Each group's share of `n`, from 0 to 1. */
  readonly shares: { readonly promoters: number; readonly passives: number; readonly detractors: number };
  /**
   * The interval in points, clipped to [-100, 100]. For `"adjusted-wald"` it is centred on
   * `adjustedScore` and, where that pulls it past `score` (only tiny one-sided samples), stretched
   * to contain `score`.
   */
  readonly interval: ConfidenceInterval;
  /** The centre of the interval: `score` for Wald, the score after adding pseudo-observations for adjusted Wald. */
  readonly adjustedScore: number;
  /** The standard error in points that the interval uses. */
  readonly standardError: number;
  /** Non-responses seen (null, undefined, and NaN when `nan` is `"non-response"`); 0 from counts. */
  readonly nonResponses: number;
  /** Invalid scores skipped because `onInvalid` was `"skip"`; 0 from counts. */
  readonly skipped: number;
}

function checkCount(value: unknown, argument: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new InvalidCountError({ argument, value, problem: "expected a whole number of 0 or more" });
  }
  return value;
}

/** Builds the result; `nps` and `npsFromCounts` share it. Counts are already checked. */
export function buildNpsResult(
  counts: NpsCounts,
  options: { confidence: number; interval: "wald" | "adjusted-wald" },
  extra: { nonResponses: number; skipped: number; measure: string; emptyReason: string },
): NpsResult {
  const { promoters, passives, detractors } = counts;
  const n = promoters + passives + detractors;
  if (n === 0)
    throw new EmptySampleError({ measure: extra.measure, argument: "scores", problem: extra.emptyReason });
  const score = (100 * (promoters - detractors)) / n;
  const spread = npsSpread(promoters, detractors, n, options.interval);
  const standardError = Math.sqrt(spread.variance / spread.n);
  return {
    kind: "nps",
    score,
    value: score,
    unit: "score",
    n,
    promoters,
    passives,
    detractors,
    shares: { promoters: promoters / n, passives: passives / n, detractors: detractors / n },
    interval: pointsInterval(spread.centre, standardError, score, 100, options.confidence, options.interval),
    adjustedScore: 100 * spread.centre,
    standardError: 100 * standardError,
    nonResponses: extra.nonResponses,
    skipped: extra.skipped,
  };
}

/**
 * The Net Promoter Score of a survey summarised as counts (as survey tools export it), with
 * its confidence interval. See {@link nps} for the formulas.
 *
 * @param counts - Promoters, passives and detractors: whole numbers, not all zero.
 * @param options - `confidence` (0.95) and `interval` (`"adjusted-wald"` or `"wald"`).
 * @returns The score, counts, shares and interval.
 * @throws {@link InvalidCountError} when a count is negative, fractional or not a number.
 * @throws {@link EmptySampleError} when all three counts are 0.
 * @throws {@link InvalidOptionError} when an option is invalid.
 *
 * @example
 * ```ts
 * import { npsFromCounts } from "@journeykit/core";
 *
 * const result = npsFromCounts({ promoters: 162, passives: 108, detractors: 54 }, { interval: "wald" });
 * result.score; // 33.33...
 * result.standardError; // 4.14... (points)
 * result.interval; // { lower: 25.2..., upper: 41.4..., confidence: 0.95, method: "wald" }
 * ```
 */
export function npsFromCounts(counts: NpsCounts, options?: NpsIntervalOptions): NpsResult {
  const parsed = parseOptions(NpsIntervalOptionsSchema, options);
  const checked = {
    promoters: checkCount(counts?.promoters, "counts.promoters"),
    passives: checkCount(counts?.passives, "counts.passives"),
    detractors: checkCount(counts?.detractors, "counts.detractors"),
  };
  return buildNpsResult(checked, parsed, {
    nonResponses: 0,
    skipped: 0,
    measure: "npsFromCounts",
    emptyReason: "has 0 promoters, 0 passives and 0 detractors",
  });
}
