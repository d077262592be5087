import { type Issue, issuesFromZod } from "../errors/issue";
import { deepFreeze } from "../util/deep-freeze";
import { type Journey, JourneySchema } from "./journey";
import { findReferenceIssues } from "./journey-references";

/**
 * The result of {@link safeParseJourney}: the journey, or every issue found.
 *
 * @example
 * ```ts
 * const result: SafeParseJourneyResult = safeParseJourney(json);
 * if (result.success) console.log(result.journey.name);
 * else console.log(result.issues.map((issue) => issue.code));
 * ```
 */
export type SafeParseJourneyResult =
  | { readonly success: true; readonly journey: Journey }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Validates a journey map (schema and references) without throwing.
 *
 * Schema problems are reported first; references are checked only once the shape is right,
 * so every issue points at a field that exists. On success the journey has every default
 * filled in, its stages sorted by `order`, and is frozen.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, journey }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseJourney({ format: "journeykit/v1", id: "j", name: "J", version: "1", stages: [] });
 * result.success; // false
 * if (!result.success) result.issues[0]?.path; // ["stages"]
 * ```
 */
export function safeParseJourney(input: unknown): SafeParseJourneyResult {
  const parsed = JourneySchema.safeParse(input);
  if (!parsed.success) {
    return {
      success: false,
      issues: issuesFromZod(parsed.error),
    };
  }
  const issues = findReferenceIssues(parsed.data);
  if (issues.length > 0) return { success: false, issues };
  const journey = parsed.data;
  journey.stages.sort((a, b) => a.order - b.order);
  return { success: true, journey: deepFreeze(journey) };
}
