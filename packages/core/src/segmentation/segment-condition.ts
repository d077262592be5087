import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";
import { DurationSchema } from "../model/duration-schema";
import { PropertyValueSchema } from "../model/event-matcher";
import { IdSchema } from "../model/identifier";
import { InstantSchema } from "../model/instant";
import { StepSchema } from "../model/step";

const property = z.string().min(1);

/**
 * The period a behaviour condition counts events in: a duration (`"30d"`) ending at the
 * analysis' `asOf` (both ends included), or `{ from, to }` (from included, to excluded; either
 * may be left out).
 *
 * @example
 * ```ts
 * PeriodSchema.parse("30d");
 * PeriodSchema.parse({ from: "2024-01-01", to: "2024-04-01" });
 * ```
 */
export const PeriodSchema = z.union([
  DurationSchema,
  z.strictObject({ from: InstantSchema.optional(), to: InstantSchema.optional() }),
]);

const rangeSchema = z
  .strictObject({ min: z.number().optional(), max: z.number().optional() })
  .refine((range) => range.min !== undefined || range.max !== undefined, {
    message: "give min, max or both",
  })
  .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
    message: "min must not be greater than max",
  });

const conditionShapes = {
  equals: z.strictObject({ property, equals: PropertyValueSchema }),
  in: z.strictObject({ property, in: z.array(PropertyValueSchema).min(1) }),
  range: z.strictObject({ property, range: rangeSchema }),
  did: z.strictObject({
    did: StepSchema,
    atLeast: z.number().int().min(1).default(1),
    within: PeriodSchema.optional(),
  }),
  inSegment: z.strictObject({ inSegment: IdSchema }),
};

/**
 * The predicate language of segments, as data (JSON-serialisable, validated by this schema):
 *
 * - `{ property, equals }`: the customer attribute equals the value (`Object.is`);
 * - `{ property, in: [...] }`: it equals one of the values;
 * - `{ property, range: { min?, max? } }`: it is a number within the bounds (both included);
 * - `{ did, atLeast = 1, within? }`: the customer did the step (an event name, matcher or
 *   `{ anyOf }`) at least `atLeast` times, within the period if one is given;
 * - `{ inSegment: id }`: the customer is in another segment of the same call;
 * - `{ and: [...] }`, `{ or: [...] }`, `{ not: condition }`.
 *
 * A missing attribute satisfies no property condition (not even `equals: null`), so
 * `{ not: { property: "plan", equals: "pro" } }` holds for customers without a plan.
 *
 * @example
 * ```ts
 * SegmentConditionSchema.parse({
 *   and: [
 *     { property: "country", in: ["NO", "SE", "DK"] },
 *     { did: "purchase", atLeast: 2, within: "90d" },
 *     { not: { inSegment: "staff" } },
 *   ],
 * });
 * ```
 */
export const SegmentConditionSchema = z.union([
  conditionShapes.equals,
  conditionShapes.in,
  conditionShapes.range,
  conditionShapes.did,
  conditionShapes.inSegment,
  z.strictObject({
    get and(): z.ZodArray<typeof SegmentConditionSchema> {
      return z.array(SegmentConditionSchema).min(1);
    },
  }),
  z.strictObject({
    get or(): z.ZodArray<typeof SegmentConditionSchema> {
      return z.array(SegmentConditionSchema).min(1);
    },
  }),
  z.strictObject({
    get not(): typeof SegmentConditionSchema {
      return SegmentConditionSchema;
    },
  }),
]);

/**
 * A segment condition as you write it (see {@link SegmentConditionSchema}); readonly, so
 * `as const` literals are accepted.
 *
 * @example
 * ```ts
 * const frequentBuyer: SegmentCondition = { did: "purchase", atLeast: 3, within: "180d" };
 * ```
 */
export type SegmentCondition = ReadonlyDeep<z.input<typeof SegmentConditionSchema>>;

/** A condition after validation, defaults filled in. */
export type ParsedCondition = z.output<typeof SegmentConditionSchema>;
