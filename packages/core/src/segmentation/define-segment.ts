import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";
import { issuesFromZod } from "../errors/issue";
import { SegmentDefinitionError } from "../errors/segment-definition-error";
import { IdSchema } from "../model/identifier";
import { deepFreeze } from "../util/deep-freeze";
import { type ParsedCondition, SegmentConditionSchema } from "./segment-condition";

/**
 * A segment: an `id`, an optional `name` and `description`, and the condition (`where`) a
 * customer must meet to be in it. Plain data, so segments can be stored as JSON and shared.
 *
 * @example
 * ```ts
 * SegmentDefinitionSchema.parse({
 *   id: "repeat-buyers",
 *   name: "Repeat buyers",
 *   where: { did: "purchase", atLeast: 2 },
 * });
 * ```
 */
export const SegmentDefinitionSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  where: SegmentConditionSchema,
});

/**
 * A segment as you write it (readonly, so `as const` literals are accepted).
 *
 * @example
 * ```ts
 * const nordics: SegmentDefinitionInput = { id: "nordics", where: { property: "country", in: ["NO", "SE", "DK", "FI", "IS"] } };
 * ```
 */
export type SegmentDefinitionInput = ReadonlyDeep<z.input<typeof SegmentDefinitionSchema>>;

/**
 * A validated segment, with defaults filled in and deeply readonly (as {@link defineSegment}
 * returns it).
 *
 * @example
 * ```ts
 * const segment: SegmentDefinition = defineSegment({ id: "buyers", where: { did: "purchase" } });
 * ```
 */
export type SegmentDefinition = ReadonlyDeep<z.output<typeof SegmentDefinitionSchema>>;

/** Every `inSegment` reference in a condition, with its path below the condition. */
export function segmentReferences(
  condition: ParsedCondition,
  path: readonly (string | number)[] = [],
): { id: string; path: (string | number)[] }[] {
  if ("inSegment" in condition) return [{ id: condition.inSegment, path: [...path, "inSegment"] }];
  if ("and" in condition)
    return condition.and.flatMap((part, k) => segmentReferences(part, [...path, "and", k]));
  if ("or" in condition)
    return condition.or.flatMap((part, k) => segmentReferences(part, [...path, "or", k]));
  if ("not" in condition) return segmentReferences(condition.not, [...path, "not"]);
  return [];
}

/**
 * Validates a segment and returns it typed, with defaults filled in (`atLeast: 1`) and deeply
 * frozen. References to other segments are checked where the segments are used together
 * (`segmentCustomers`, `bySegment`); a segment that refers to itself is rejected here.
 *
 * @param input - A segment (a literal, or parsed JSON).
 * @returns The validated segment.
 * @throws {@link SegmentDefinitionError} listing every problem with its `code` and `path`.
 *
 * @example
 * ```ts
 * import { defineSegment } from "@journeykit/core";
 *
 * const loyal = defineSegment({
 *   id: "loyal",
 *   where: { and: [{ did: "purchase", atLeast: 3, within: "365d" }, { property: "newsletter", equals: true }] },
 * });
 * loyal.where; // { and: [{ did: "purchase", atLeast: 3, within: "365d" }, { property: "newsletter", equals: true }] }
 * defineSegment({ id: "odd", where: { did: "purchase", atLeast: 0 } }); // throws SegmentDefinitionError (too_small at where.atLeast)
 * ```
 */
export function defineSegment(input: SegmentDefinitionInput): SegmentDefinition {
  const parsed = SegmentDefinitionSchema.safeParse(input);
  if (!parsed.success) throw new SegmentDefinitionError({ issues: issuesFromZod(parsed.error) });
  const selfReferences = segmentReferences(parsed.data.where, ["where"]).filter(
    (reference) => reference.id === parsed.data.id,
  );
  if (selfReferences.length > 0) {
    throw new SegmentDefinitionError({
      issues: selfReferences.map((reference) => ({
        code: "segment_cycle",
        path: reference.path,
        message: `Segment "${parsed.data.id}" refers to itself; a segment cannot be defined by its own members.`,
      })),
    });
  }
  return deepFreeze(parsed.data);
}
