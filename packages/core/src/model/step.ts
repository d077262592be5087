import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";
import { EventMatcherSchema } from "./event-matcher";

/**
 * The forms of a step that every analysis understands: an event name, an event matcher
 * (`{ name, channel?, source?, medium?, where? }`) or `{ anyOf: [...] }`. `extra` adds fields to
 * the object forms (funnels add `optional` and `within`), so one definition serves them all.
 */
export function stepSchemaWith<Extra extends z.ZodRawShape>(extra: Extra) {
  const label = z.string().min(1).optional();
  return z.union([
    z.string().min(1),
    EventMatcherSchema.extend({ label, ...extra }),
    z.strictObject({
      anyOf: z.array(z.union([z.string().min(1), EventMatcherSchema])).min(1),
      label,
      ...extra,
    }),
  ]);
}

/**
 * A step: which events count as doing it. Three forms, written as data:
 *
 * - an event name: `"add_to_cart"`;
 * - an event matcher, with conditions on the event's `channel`, `source`, `medium` and
 *   `properties` (`where`), each `{ equals }`, `{ oneOf }` or `{ prefix }`:
 *   `{ name: "page_view", where: { page_location: { prefix: "/checkout" } } }`;
 * - an OR-step, done by any of its alternatives: `{ anyOf: ["apple_pay", { name: "purchase" }] }`.
 *
 * The object forms take an optional `label`, shown in results instead of the generated one.
 *
 * @example
 * ```ts
 * StepSchema.parse("view_item"); // "view_item"
 * StepSchema.parse({ name: "purchase", where: { currency: { equals: "NOK" } } });
 * StepSchema.parse({ anyOf: ["sign_up", "login"], label: "Identified" });
 * StepSchema.parse({ name: "" }); // throws: a name must not be empty
 * ```
 */
export const StepSchema = stepSchemaWith({});

/**
 * A step, as {@link StepSchema} accepts it (readonly, so `as const` literals fit).
 *
 * @example
 * ```ts
 * const steps: Step[] = [
 *   "view_item",
 *   { name: "page_view", where: { page_location: { prefix: "https://shop.example/cart" } } },
 *   { anyOf: ["purchase", "subscribe"], label: "Converted" },
 * ];
 * ```
 */
export type Step = ReadonlyDeep<z.infer<typeof StepSchema>>;
