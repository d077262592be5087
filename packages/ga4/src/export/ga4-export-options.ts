import { ChannelSchema } from "@journeykit/core/schemas";
import * as z from "zod";
import { GA4_CHANNEL_GROUPS } from "../channels/ga4-channel-groups";
import { GA4_TRAFFIC_SCOPES } from "../schema/ga4-export-schema";

/**
 * The options of {@link readGa4Export} and `ga4Adapter`, besides the common read options
 * (`onError`, `maxBadRecords`, `signal`, `onProgress`), as a zod schema. Every option is optional:
 *
 * - `identity`: who the customer is. `"pseudo"` (default): `user_pseudo_id`, the device's
 *   cookie. `"user-id"`: `user_id` where set, else `user_pseudo_id`. `"stitched"`: like
 *   `"user-id"`, and every event of a pseudo id that was ever seen with a `user_id` gets that user
 *   id too, joining a user's devices (needs the whole export in memory).
 * - `trafficSource`: where `source`, `medium` and `channel` come from. `"event"` (default): what
 *   was collected with the event; `"session"`: the session's last click
 *   (`session_traffic_source_last_click`, in exports since mid-2024); `"user"`: the user's first
 *   touch (`traffic_source`).
 * - `include`: `"ecommerce"` and/or `"items"` to keep the `ecommerce` record and the `items` array
 *   as properties (`ecommerce.purchase_revenue`, `items.0.item_id`, ...).
 * - `params`: keep only these event params as properties (default: all).
 * - `order`: `"input"` (default) emits events as rows arrive, in bounded memory; `"timestamp"`
 *   emits them sorted by `event_timestamp`, ties by `sequence` as the event log orders them
 *   (`compareSequences`), then in file order (needs the whole export in memory). Either way each
 *   event's `sequence` is `[batch_page_id, batch_ordering_id, batch_event_index]` when the row has
 *   all three, so an `EventLog` orders ties the same whatever the file order.
 * - `duplicates`: `"remove"` (default) drops rows identical to an earlier row and counts them;
 *   `"keep"` keeps them.
 * - `fastPath`: `true` (default) reads newline-delimited rows with a byte scanner that validates
 *   each row as JSON but decodes only what an event needs, skips columns such as `device` and
 *   `geo` without building them, recognises values it validated in earlier rows by comparing
 *   bytes, and falls back to `JSON.parse` for any row it is not sure about (escaped member names,
 *   a repeated column, deep nesting, a param of an unexpected shape, anything that is not valid
 *   JSON). The events are identical either way; `false` decodes every row with `JSON.parse`.
 *   JSON arrays (the console's download) are always read with `JSON.parse`.
 * - `channels`: journey channels to use instead of the default mapping, by GA4 channel group.
 *
 * @example
 * ```ts
 * Ga4ExportOptionsSchema.parse({ identity: "stitched", include: ["ecommerce"] });
 * Ga4ExportOptionsSchema.safeParse({ identity: "email" }).success; // false
 * Ga4ExportOptionsSchema.safeParse({ identiy: "user-id" }).success; // false: a misspelt option
 * ```
 */
export const Ga4ExportOptionsSchema = z.strictObject({
  identity: z.enum(["pseudo", "user-id", "stitched"]).optional(),
  trafficSource: z.enum(GA4_TRAFFIC_SCOPES).optional(),
  include: z.array(z.enum(["ecommerce", "items"])).optional(),
  params: z.array(z.string().min(1)).optional(),
  order: z.enum(["input", "timestamp"]).optional(),
  duplicates: z.enum(["remove", "keep"]).optional(),
  fastPath: z.boolean().optional(),
  channels: z.partialRecord(z.enum(GA4_CHANNEL_GROUPS), ChannelSchema).optional(),
});

/**
 * The options of {@link readGa4Export} and `ga4Adapter`, as {@link Ga4ExportOptionsSchema}
 * describes them.
 *
 * @example
 * ```ts
 * const options: Ga4ExportOptions = { identity: "user-id", trafficSource: "session", order: "timestamp" };
 * ```
 */
export type Ga4ExportOptions = z.input<typeof Ga4ExportOptionsSchema>;
