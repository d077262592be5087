import { parseOptions } from "../options/parse-options";
import { checkScoreInput, type ScoreInput } from "../options/score-options";
import { countScores } from "./count-scores";
import { buildNpsResult, type NpsResult } from "./nps-from-counts";
import { type NpsOptions, NpsOptionsSchema } from "./nps-options";

const NPS_SCALE = { min: 0, max: 10, measure: "NPS (0-10)" } as const;

/**
 * The Net Promoter Score of 0-10 "how likely are you to recommend" answers, with its
 * confidence interval and the counts behind it.
 *
 * - Promoters answer 9-10, passives 7-8, detractors 0-6; score = 100 (P - D) / n, from -100 to 100.
 * - Wald interval: Var(NPS) = 100² [p + d - (p - d)²] / n with p = P/n, d = D/n (the variance of
 *   a +1 / 0 / -1 variable; cybaea 2016), interval score ± z·√Var.
 * - Adjusted Wald (the default; Rocks 2016, recommended by MeasuringU): the same with P + ¾,
 *   D + ¾ and n + 3. The reported `score` stays unadjusted; the interval is centred on
 *   `adjustedScore`.
 * - Both are clipped to [-100, 100] and always contain `score`.
 *
 * Non-responses (`null`, `undefined`, and `NaN` with `nan: "non-response"`) are left out of n by
 * default (`nonResponse: "exclude"`), or counted as passives or detractors.
 *
 * The count is one branch-free pass over the input; a `Uint8Array` is the fastest input.
 *
 * @param scores - 0-10 answers: an array (null / undefined for no answer) or a typed array.
 * @param options - `confidence` (0.95), `interval` (`"adjusted-wald"`), `nonResponse`
 *   (`"exclude"`), `nan` (`"invalid"`), `onInvalid` (`"throw"`).
 * @returns Score, counts, shares, interval, standard error, non-responses and skipped scores.
 * @throws {@link InvalidScoreError} for a score that is not an integer from 0 to 10 (naming
 *   the value and its index), unless `onInvalid` is `"skip"`.
 * @throws {@link EmptySampleError} when no response is left to count.
 * @throws {@link InvalidOptionError} when an option is invalid or `scores` is not an array.
 *
 * @example
 * ```ts
 * import { nps } from "@journeykit/core";
 *
 * const result = nps([10, 9, 9, 8, 7, 6, 3, 10, null]);
 * result.score; // 25: 4 promoters, 2 detractors, 8 answers
 * result.nonResponses; // 1
 * result.interval; // { lower: -29.4..., upper: 65.7..., confidence: 0.95, method: "adjusted-wald" }
 *
 * nps(Uint8Array.of(10, 10, 6), { interval: "wald", confidence: 0.9 }).score; // 33.33...
 * nps([10, 11]); // throws InvalidScoreError: score 11 at index 1
 * nps([10, 11], { onInvalid: "skip" }).skipped; // 1
 * ```
 */
export function nps(scores: ScoreInput, options?: NpsOptions): NpsResult {
  const parsed = parseOptions(NpsOptionsSchema, options);
  checkScoreInput(scores, "scores");
  const { histogram, nonResponses, skipped } = countScores(scores, NPS_SCALE, parsed);
  let detractors = 0;
  for (let score = 0; score <= 6; score += 1) detractors += histogram[score] ?? 0;
  let passives = (histogram[7] ?? 0) + (histogram[8] ?? 0);
  const promoters = (histogram[9] ?? 0) + (histogram[10] ?? 0);
  if (parsed.nonResponse === "count-as-passive") passives += nonResponses;
  if (parsed.nonResponse === "count-as-detractor") detractors += nonResponses;
  return buildNpsResult({ promoters, passives, detractors }, parsed, {
    nonResponses,
    skipped,
    measure: "nps",
    emptyReason:
      scores.length === 0
        ? "is empty"
        : `holds no score to count (${nonResponses} non-responses excluded, ${skipped} invalid scores skipped)`,
  });
}
