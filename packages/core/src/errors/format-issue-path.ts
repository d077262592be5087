/**
 * Formats a path such as `["stages", 2, "emotions", "kari"]` as `stages[2].emotions.kari`.
 *
 * @example
 * ```ts
 * formatIssuePath(["stages", 2, "emotions", "kari"]); // "stages[2].emotions.kari"
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join("");
}
