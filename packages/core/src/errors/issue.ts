import type * as z from "zod";

/**
 * One problem found in an input: data, not prose, so tools can point at the field. The one issue
 * type of journeykit: `JourneyValidationError`, `SegmentDefinitionError`, `InvalidOptionError`
 * and `TemplateOptionsError` (`@journeykit/templates`) all carry these.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "unknown_stage",
 *   path: ["touchpoints", 0, "stages", 1],
 *   message: 'Touchpoint "web" names stage "checkout", which the journey does not define.',
 * };
 * formatIssuePath(issue.path); // "touchpoints[0].stages[1]"
 * ```
 */
export interface Issue {
  /**
   * A stable code: zod's own codes for shapes (`invalid_type`, `too_big`, `unrecognized_keys`,
   * ...) and journeykit's for references (`duplicate_id`, `unknown_stage`, `unknown_segment`,
   * ...), listed by the error that carries the issue.
   */
  readonly code: string;
  /** Where, as property names and array indexes from the value that was checked. */
  readonly path: readonly (string | number)[];
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * zod's issues as {@link Issue}s, every one of them, their paths below `prefix`.
 *
 * @example
 * ```ts
 * const result = z.strictObject({ id: z.string() }).safeParse({ id: 1 });
 * if (!result.success) issuesFromZod(result.error, ["segments", 2]);
 * // [{ code: "invalid_type", path: ["segments", 2, "id"], message: "Invalid input: expected string, received number" }]
 * ```
 */
export function issuesFromZod(error: z.ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    path: [
      ...prefix,
      ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment)),
    ],
    message: issue.message,
  }));
}
