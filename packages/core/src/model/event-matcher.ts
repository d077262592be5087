import * as z from "zod";

/**
 * A value an event property can hold.
 *
 * @example
 * ```ts
 * PropertyValueSchema.parse("USD"); // "USD"
 * PropertyValueSchema.parse(null); // null
 * ```
 */
export const PropertyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * A value an event property can hold: a string, a finite or non-finite number, a boolean or null.
 *
 * @example
 * ```ts
 * const currency: PropertyValue = "NOK";
 * ```
 */
export type PropertyValue = z.infer<typeof PropertyValueSchema>;

/**
 * A condition on one value: `{ equals }`, `{ oneOf }` or `{ prefix }` (strings only).
 *
 * @example
 * ```ts
 * ValueConditionSchema.parse({ oneOf: ["google", "bing"] });
 * ValueConditionSchema.parse({ prefix: "/checkout" });
 * ```
 */
export const ValueConditionSchema = z.union([
  z.strictObject({ equals: PropertyValueSchema }),
  z.strictObject({ oneOf: z.array(PropertyValueSchema).min(1) }),
  z.strictObject({ prefix: z.string().min(1) }),
]);

/**
 * A condition on one value, as {@link ValueConditionSchema} accepts it.
 *
 * @example
 * ```ts
 * const paidOnly: ValueCondition = { oneOf: ["cpc", "ppc", "paid"] };
 * ```
 */
export type ValueCondition = z.infer<typeof ValueConditionSchema>;

/**
 * How events in data are recognised: an event `name`, plus optional conditions on the event's
 * `channel`, `source` and `medium` fields and on its `properties` (`where`, keyed by property
 * name). Every condition given must hold.
 *
 * @example
 * ```ts
 * EventMatcherSchema.parse({
 *   name: "page_view",
 *   where: { page_location: { prefix: "https://shop.example/checkout" } },
 * });
 * EventMatcherSchema.parse({ name: "session_start", medium: { equals: "cpc" } });
 * ```
 */
export const EventMatcherSchema = z.strictObject({
  name: z.string().min(1),
  channel: ValueConditionSchema.optional(),
  source: ValueConditionSchema.optional(),
  medium: ValueConditionSchema.optional(),
  where: z.record(z.string().min(1), ValueConditionSchema).optional(),
});

/**
 * An event matcher, as {@link EventMatcherSchema} accepts it.
 *
 * @example
 * ```ts
 * const checkout: EventMatcher = { name: "begin_checkout" };
 * ```
 */
export type EventMatcher = z.infer<typeof EventMatcherSchema>;
