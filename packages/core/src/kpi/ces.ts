import * as z from "zod";
import { parseOptions } from "../options/parse-options";
import { checkScoreInput, NanSchema, OnInvalidSchema, type ScoreInput } from "../options/score-options";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { ConfidenceSchema } from "../stats/confidence-interval";
import { countScores } from "./count-scores";
import { summarizeScores } from "./summarize-scores";

/**
 * The options of `ces`: the `scale` (7, the default, or 5), the headline `method` (`"mean"`, the
 * default, or `"agree-share"`), `confidence`, `nan` and `onInvalid`.
 *
 * @example
 * ```ts
 * CesOptionsSchema.parse({ method: "agree-share" }).scale; // 7
 * ```
 */
export const CesOptionsSchema = z.strictObject({
  scale: z.union([z.literal(7), z.literal(5)]).default(7),
  method: z.enum(["mean", "agree-share"]).default("mean"),
  confidence: ConfidenceSchema,
  nan: NanSchema,
  onInvalid: OnInvalidSchema,
});

/**
 * Options for `ces`, as written (every field optional).
 *
 * @example
 * ```ts
 * const options: CesOptions = { scale: 5, method: "agree-share" };
 * ```
 */
export type CesOptions = z.input<typeof CesOptionsSchema>;

/**
 * A Customer Effort Score, both ways vendors report it: the mean answer and the share who agree.
 * `value`, `interval` and `unit` follow the chosen `method`. Plain data.
 *
 * @example
 * ```ts
 * const result: CesResult = ces([7, 6, 5, 2]);
 * result.value; // 5 (the mean)
 * result.agreeShare; // 0.75
 * ```
 */
export interface CesResult {
  /** Always `"ces"`. */
  readonly kind: "ces";
  /** Which number is the headline. */
  readonly method: "mean" | "agree-share";
  /** The headline: the mean (1 to `scale`) or the agreeing percentage (0 to 100). */
  readonly value: number;
  /** `"score"` for the mean, `"percent"` for the agreeing share. */
  readonly unit: "score" | "percent";
  /** The interval of `value`: Student t for the mean (clipped to the scale), Wilson (in percent) for the share. */
  readonly interval: ConfidenceInterval | null;
  /** Responses counted. */
  readonly n: number;
  /** The scale's top score (its lowest is 1). */
  readonly scale: 5 | 7;
  /** The mean answer. */
  readonly mean: number;
  /** The Student t interval of the mean, clipped to the scale; `null` for a single response. */
  readonly meanInterval: ConfidenceInterval | null;
  /** Responses that agree: 5-7 on the 7-point scale, 4-5 on the 5-point scale. */
  readonly agree: number;
  /** `agree / n`, from 0 to 1. */
  readonly agreeShare: number;
  /** The Wilson interval of the agreeing share, in percent. */
  readonly agreeInterval: ConfidenceInterval;
  /** Non-responses left out (null, undefined, and NaN when `nan` is `"non-response"`). */
  readonly nonResponses: number;
  /** Invalid scores skipped because `onInvalid` was `"skip"`. */
  readonly skipped: number;
}

/**
 * The Customer Effort Score of answers to an agreement statement such as "The company made it
 * easy for me to handle my issue" (1 = strongly disagree, 7 = strongly agree; higher is less
 * effort). Conventions differ by vendor, so both are computed and `method` picks the headline:
 *
 * - `"mean"` (Gartner's CES 2.0 on 1-7, and most survey tools): the mean answer, with a
 *   Student t interval.
 * - `"agree-share"`: the percentage who agree at all (5, 6 or 7 of 7; 4 or 5 of 5), with a
 *   Wilson interval, read like a CSAT score.
 *
 * The original CES 1.0 asked "how much effort did you personally have to put forth" on 1-5,
 * where lower is better; reverse such answers (`6 - score`) before calling.
 *
 * @param scores - Answers from 1 to `scale`: an array (null / undefined for no answer) or a typed array.
 * @param options - `scale` (7), `method` (`"mean"`), `confidence` (0.95), `nan` (`"invalid"`), `onInvalid` (`"throw"`).
 * @returns The headline `value` with its interval, and both the mean and the agreeing share.
 * @throws {@link InvalidScoreError} for an answer that is not an integer from 1 to `scale`,
 *   unless `onInvalid` is `"skip"`.
 * @throws {@link EmptySampleError} when no response is left to count.
 * @throws {@link InvalidOptionError} when an option is invalid.
 *
 * @example
 * ```ts
 * import { ces } from "@journeykit/core";
 *
 * const answers = [7, 6, 6, 5, 4, 2, 7, 5];
 * ces(answers).value; // 5.25 (mean of 1-7)
 * ces(answers, { method: "agree-share" }).value; // 75 (6 of 8 answered 5 or more)
 * ```
 */
export function ces(scores: ScoreInput, options?: CesOptions): CesResult {
  const parsed = parseOptions(CesOptionsSchema, options);
  checkScoreInput(scores, "scores");
  const scale = { min: 1, max: parsed.scale, measure: `CES (1-${parsed.scale})` };
  const { histogram, nonResponses, skipped } = countScores(scores, scale, parsed);
  // "Agree" is every box above the neutral midpoint.
  const agreeFrom = (parsed.scale + 1) / 2 + 1;
  const summary = summarizeScores(histogram, 1, agreeFrom, parsed.confidence, {
    measure: "ces",
    empty: scores.length === 0,
    nonResponses,
    skipped,
  });
  const byMean = parsed.method === "mean";
  return {
    kind: "ces",
    method: parsed.method,
    value: byMean ? summary.mean : summary.boxPercent,
    unit: byMean ? "score" : "percent",
    interval: byMean ? summary.meanInterval : summary.boxInterval,
    n: summary.n,
    scale: parsed.scale,
    mean: summary.mean,
    meanInterval: summary.meanInterval,
    agree: summary.inBox,
    agreeShare: summary.inBox / summary.n,
    agreeInterval: summary.boxInterval,
    nonResponses,
    skipped,
  };
}
