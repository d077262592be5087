import { z } from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { formatIssuePath } from "../errors/journey-validation-error";

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

/**
 * Validates an options object with its schema and turns the first problem into an
 * InvalidOptionError naming the option (unknown keys are typos and rejected too).
 */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  owner: string,
): z.output<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined)
    throw new InvalidOptionError({ option: owner, problem: "the options are not valid" });
  const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
  const path = keys.length > 0 ? [...issue.path, keys[0] ?? ""] : issue.path;
  const option =
    path.length > 0
      ? formatIssuePath(path.map((part) => (typeof part === "symbol" ? String(part) : part)))
      : owner;
  const problem =
    keys.length > 0
      ? `${owner} has no option of that name (known: ${optionNames(schema).join(", ")})`
      : issue.message;
  throw new InvalidOptionError({ option, problem });
}

function optionNames(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

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
