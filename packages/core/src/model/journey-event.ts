import * as z from "zod";
import { ChannelSchema } from "./channel";
import { PropertyValueSchema } from "./event-matcher";

/**
 * The most entries a {@link JourneyEvent}'s `sequence` may have: GA4's three batch columns.
 *
 * @example
 * ```ts
 * MAX_SEQUENCE_LENGTH; // 3
 * ```
 */
export const MAX_SEQUENCE_LENGTH = 3;

/**
 * One event of behaviour data: who (`customerId`), when (`timestamp`, milliseconds since the
 * epoch as a float, so microsecond order survives) and what (`name`), with optional session,
 * traffic source and properties. Every adapter produces these.
 *
 * `sequence` (1 to {@link MAX_SEQUENCE_LENGTH} finite numbers) orders one customer's events on
 * the same timestamp, where the source knows their real order: GA4 gives
 * `[batch_page_id, batch_ordering_id, batch_event_index]`. The event log compares sequences entry
 * by entry, a missing entry before any number (see `compareSequences`).
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
 *   sequence: [1, 1, 3],
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
  sequence: z.array(z.number().finite()).min(1).max(MAX_SEQUENCE_LENGTH).readonly().optional(),
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
