import { z } from "zod";
import { ChannelSchema } from "./channel";
import { PropertyValueSchema } from "./event-matcher";

/**
 * One event of behaviour data: who (`customerId`), when (`timestamp`, milliseconds since the
 * epoch as a float, so microsecond order survives) and what (`name`), with optional session,
 * traffic source and properties. Every adapter produces these.
 *
 * @example
 * ```ts
 * JourneyEventSchema.parse({
 *   customerId: "c-1",
 *   timestamp: 1_700_000_000_000.123,
 *   name: "add_to_cart",
 *   sessionId: "c-1:1700000000",
 *   source: "google",
 *   medium: "cpc",
 *   properties: { currency: "NOK", value: 499 },
 * });
 * ```
 */
export const JourneyEventSchema = z.strictObject({
  customerId: z.string().min(1),
  timestamp: z.number().finite(),
  name: z.string().min(1),
  sessionId: z.string().min(1).optional(),
  channel: ChannelSchema.optional(),
  source: z.string().optional(),
  medium: z.string().optional(),
  value: z.number().finite().optional(),
  properties: z.record(z.string(), PropertyValueSchema).optional(),
});

/**
 * One event of behaviour data, as {@link JourneyEventSchema} accepts it.
 *
 * @example
 * ```ts
 * const event: JourneyEvent = { customerId: "c-1", timestamp: Date.UTC(2024, 0, 1), name: "purchase", value: 499 };
 * ```
 */
export type JourneyEvent = z.infer<typeof JourneyEventSchema>;
