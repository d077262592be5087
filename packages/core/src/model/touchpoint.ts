import * as z from "zod";
import { ChannelSchema } from "./channel";
import { EventMatcherSchema } from "./event-matcher";
import { IdSchema } from "./identifier";

/**
 * A touchpoint: where customer and business meet (a web page, an e-mail, a shop counter).
 * `events` says how the touchpoint is recognised in behaviour data; a physical touchpoint with
 * no data may leave it empty.
 *
 * @example
 * ```ts
 * TouchpointSchema.parse({
 *   id: "checkout",
 *   name: "Web checkout",
 *   channel: "web",
 *   kind: "digital",
 *   stages: ["purchase"],
 *   events: [{ name: "begin_checkout" }, { name: "add_payment_info" }],
 * });
 * ```
 */
export const TouchpointSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  channel: ChannelSchema,
  kind: z.enum(["digital", "physical"]),
  stages: z.array(IdSchema).default([]),
  events: z.array(EventMatcherSchema).default([]),
});

/**
 * A touchpoint after validation (defaults filled in).
 *
 * @example
 * ```ts
 * const shop: Touchpoint = TouchpointSchema.parse({
 *   id: "shop", name: "Shop", channel: "store", kind: "physical",
 * });
 * ```
 */
export type Touchpoint = z.output<typeof TouchpointSchema>;
