import * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { parseOptions } from "../options/parse-options";
import { checkScoreInput, NanSchema, OnInvalidSchema, type ScoreInput } from "../options/score-options";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { ConfidenceSchema } from "../stats/confidence-interval";
import { countScores } from "./count-scores";
import { summarizeScores } from "./summarize-scores";

/**
 * The options of `csat`: the `scale` (answers 1 to 3, 5, 7 or 10; 5 by default), how many top
 * boxes count as satisfied (`topBox`: 2, or 1 on the 3-point scale, where the second box is the
 * neutral midpoint), `confidence`, `nan` and `onInvalid`.
 *
 * @example
 * ```ts
 * CsatOptionsSchema.parse({ scale: 7 }); // { scale: 7, confidence: 0.95, nan: "invalid", onInvalid: "throw" }
 * ```
 */
export const CsatOptionsSchema = z.strictObject({
  scale: z.union([z.literal(3), z.literal(5), z.literal(7), z.literal(10)]).default(5),
  topBox: z.number().int().min(1).optional(),
  confidence: ConfidenceSchema,
  nan: NanSchema,
  onInvalid: OnInvalidSchema,
});

/**
 * Options for `csat`, as written (every field optional).
 *
 * @example
 * ```ts
 * const options: CsatOptions = { scale: 7, topBox: 2, confidence: 0.9 };
 * ```
 */
export type CsatOptions = z.input<typeof CsatOptionsSchema>;

/**
 * A CSAT score with its interval, the mean score and the counts behind them. Plain data.
 *
 * @example
 * ```ts
 * const result: CsatResult = csat([5, 4, 4, 3, 1]);
 * result.score; // 60
 * ```
 */
export interface CsatResult {
  /** Always `"csat"`. */
  readonly kind: "csat";
  /** The percentage of satisfied responses (in the top boxes), from 0 to 100. */
  readonly score: number;
  /** The headline number (the same as `score`); what `kpiReport` reads. */
  readonly value: number;
  /** Always `"percent"`. */
  readonly unit: "percent";
  /** The satisfied share from 0 to 1 (`score / 100`). */
  readonly share: number;
  /** The Wilson interval of `score`, in percent. */
  readonly interval: ConfidenceInterval;
  /** Responses counted. */
  readonly n: number;
  /** Responses in the top boxes. */
  readonly satisfied: number;
  /** The scale's top score (its lowest is 1). */
  readonly scale: 3 | 5 | 7 | 10;
  /** How many top boxes counted as satisfied. */
  readonly topBox: number;
  /** The mean score. */
  readonly mean: number;
  /** The Student t interval of the mean, clipped to the scale; `null` for a single response. */
  readonly meanInterval: ConfidenceInterval | null;
  /** Non-responses left out (null, undefined, and NaN when `nan` is `"non-response"`). */
  readonly nonResponses: number;
  /** Invalid scores skipped because `onInvalid` was `"skip"`. */
  readonly skipped: number;
}

/**
 * Customer satisfaction (CSAT) as Delighted defines it: satisfied responses / all responses ×
 * 100, where satisfied means a top box (4 or 5 on the 5-point scale, 3 on the 3-point scale).
 * The score comes with its Wilson interval, and the mean score with its t interval, because
 * vendors that report a mean instead (Qualtrics' "average satisfaction") are just as common.
 *
 * Answers run from 1 to `scale`. Non-responses (`null`, `undefined`) are left out of n.
 *
 * @param scores - Answers from 1 to `scale`: an array (null / undefined for no answer) or a typed array.
 * @param options - `scale` (5), `topBox` (2; 1 on the 3-point scale), `confidence` (0.95),
 *   `nan` (`"invalid"`), `onInvalid` (`"throw"`).
 * @returns Score, share, interval, mean and its interval, counts.
 * @throws {@link InvalidScoreError} for an answer that is not an integer from 1 to `scale`,
 *   unless `onInvalid` is `"skip"`.
 * @throws {@link EmptySampleError} when no response is left to count.
 * @throws {@link InvalidOptionError} when an option is invalid (such as `topBox` >= `scale`).
 *
 * @example
 * ```ts
 * import { csat } from "@journeykit/core";
 *
 * const result = csat([5, 4, 4, 3, 1, 5, 5, 2, 4, 4]);
 * result.score; // 70: 7 of 10 answered 4 or 5
 * result.interval; // { lower: 39.6..., upper: 89.2..., confidence: 0.95, method: "wilson" }
 * result.mean; // 3.7
 *
 * csat([3, 3, 2, 1], { scale: 3 }).score; // 50: only the top smiley counts
 * ```
 */
export function csat(scores: ScoreInput, options?: CsatOptions): CsatResult {
  const parsed = parseOptions(CsatOptionsSchema, options);
  const topBox = parsed.topBox ?? (parsed.scale === 3 ? 1 : 2);
  if (topBox >= parsed.scale) {
    throw new InvalidOptionError({
      option: "topBox",
      problem: `${topBox} boxes of a ${parsed.scale}-point scale leave no box for the unsatisfied; use at most ${parsed.scale - 1}`,
    });
  }
  checkScoreInput(scores, "scores");
  const scale = { min: 1, max: parsed.scale, measure: `CSAT (1-${parsed.scale})` };
  const { histogram, nonResponses, skipped } = countScores(scores, scale, parsed);
  const summary = summarizeScores(histogram, 1, parsed.scale - topBox + 1, parsed.confidence, {
    measure: "csat",
    empty: scores.length === 0,
    nonResponses,
    skipped,
  });
  return {
    kind: "csat",
    score: summary.boxPercent,
    value: summary.boxPercent,
    unit: "percent",
    share: summary.boxPercent / 100,
    interval: summary.boxInterval,
    n: summary.n,
    satisfied: summary.inBox,
    scale: parsed.scale,
    topBox,
    mean: summary.mean,
    meanInterval: summary.meanInterval,
    nonResponses,
    skipped,
  };
}
