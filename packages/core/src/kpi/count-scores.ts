import { InvalidScoreError } from "../errors/invalid-score-error";
import type { ScoreInput } from "../options/score-options";

/** The answers a scale allows: the integers `min` to `max` (at most 16 of them). */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
  /** The measure's name for error messages, such as `"NPS"`. */
  readonly measure: string;
}

/** How often each score occurs, with what was not a score set apart. */
export interface ScoreCounts {
  /** `histogram[k]` counts the score `min + k`. */
  readonly histogram: Float64Array;
  /** Entries that were `null` or `undefined` (and `NaN` when `nan` is `"non-response"`). */
  readonly nonResponses: number;
  /** Invalid entries skipped on request. */
  readonly skipped: number;
}

interface Handling {
  readonly onInvalid: "throw" | "skip";
  readonly nan: "invalid" | "non-response";
}

/**
 * The hot loop: one pass that counts scores into a 16-slot histogram without data-dependent
 * branches. `value | 0` equals `value` only for an integer number in the int32 range, so a single
 * predictable test catches every entry that is not a score: null, undefined, NaN, strings,
 * fractions, numbers out of range. Such entries are rare; when any is seen the slow pass below
 * classifies them properly.
 */
function countFast(scores: ScoreInput, min: number, max: number, histogram: Float64Array): number {
  let bad = 0;
  const length = scores.length;
  for (let index = 0; index < length; index += 1) {
    const value = scores[index] as number;
    const score = value | 0;
    bad += score !== value || score < min || score > max ? 1 : 0;
    const slot = (score - min) & 15;
    histogram[slot] = (histogram[slot] as number) + 1;
  }
  return bad;
}

function countCarefully(scores: ScoreInput, scale: ScoreScale, handling: Handling): ScoreCounts {
  const histogram = new Float64Array(scale.max - scale.min + 1);
  let nonResponses = 0;
  let skipped = 0;
  const length = scores.length;
  for (let index = 0; index < length; index += 1) {
    const value: unknown = scores[index];
    if (typeof value === "number" && Number.isInteger(value) && value >= scale.min && value <= scale.max) {
      const slot = value - scale.min;
      histogram[slot] = (histogram[slot] as number) + 1;
    } else if (
      value === null ||
      value === undefined ||
      (handling.nan === "non-response" && Number.isNaN(value))
    ) {
      nonResponses += 1;
    } else if (handling.onInvalid === "skip") {
      skipped += 1;
    } else {
      throw new InvalidScoreError({
        index,
        value,
        measure: scale.measure,
        expected:
          `an integer from ${scale.min} to ${scale.max}` +
          (Number.isNaN(value) ? ' (if NaN marks an unanswered question, pass { nan: "non-response" })' : ""),
      });
    }
  }
  return { histogram, nonResponses, skipped };
}

/**
 * Counts how often each allowed score occurs. Throws InvalidScoreError on the first entry that
 * is not a score, unless `onInvalid` is `"skip"`.
 */
export function countScores(scores: ScoreInput, scale: ScoreScale, handling: Handling): ScoreCounts {
  const slots = new Float64Array(16);
  let bad: number;
  try {
    bad = countFast(scores, scale.min, scale.max, slots);
  } catch {
    // `value | 0` throws for a BigInt or a Symbol; the careful pass names such a value instead.
    bad = 1;
  }
  if (bad > 0) return countCarefully(scores, scale, handling);
  return { histogram: slots.slice(0, scale.max - scale.min + 1), nonResponses: 0, skipped: 0 };
}
