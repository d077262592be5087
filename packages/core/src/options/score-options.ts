import * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";

/**
 * Survey scores as the KPI functions read them: a plain array (where `null` and `undefined` are
 * non-responses) or any typed array (`Uint8Array` is the most compact; there a non-response can
 * only be written as `NaN` in a `Float32Array` / `Float64Array`, see the `nan` option).
 *
 * @example
 * ```ts
 * const fromJson: ScoreInput = [10, 9, null, 6];
 * const compact: ScoreInput = Uint8Array.of(10, 9, 6);
 * ```
 */
export type ScoreInput = ArrayLike<number | null | undefined>;

/**
 * What to do with a score the scale does not allow (11 on an NPS question, 7.5, a string, `NaN`
 * unless `nan` is `"non-response"`): `"throw"` an `InvalidScoreError` naming the value and its
 * index (the default), or `"skip"` it and count it in the result's `skipped`.
 *
 * @example
 * ```ts
 * OnInvalidSchema.parse(undefined); // "throw"
 * ```
 */
export const OnInvalidSchema = z.enum(["throw", "skip"]).default("throw");

/**
 * Whether `NaN` is a bad score (`"invalid"`, the default: it usually comes from
 * `Number("n/a")` or a failed parse) or marks a question left unanswered (`"non-response"`, the
 * only way to write one in a `Float64Array`).
 *
 * @example
 * ```ts
 * NanSchema.parse("non-response"); // "non-response"
 * ```
 */
export const NanSchema = z.enum(["invalid", "non-response"]).default("invalid");

/** Rejects a score input that is not an array or typed array, so a bad call fails with a typed error. */
export function checkScoreInput(scores: unknown, argument: string): asserts scores is ScoreInput {
  const isArrayLike =
    Array.isArray(scores) ||
    ArrayBuffer.isView(scores) ||
    (typeof scores === "object" &&
      scores !== null &&
      typeof (scores as { length?: unknown }).length === "number");
  if (!isArrayLike || scores instanceof DataView) {
    throw new InvalidOptionError({
      option: argument,
      problem: `expected an array or typed array of scores, got ${scores === null ? "null" : typeof scores}`,
    });
  }
}
