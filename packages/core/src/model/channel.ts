import * as z from "zod";

/**
 * Every channel a touchpoint can sit on, in the order maps usually show them.
 *
 * @example
 * ```ts
 * CHANNELS.includes("email"); // true
 * ```
 */
export const CHANNELS = [
  "web",
  "search",
  "social",
  "email",
  "chat",
  "app",
  "store",
  "phone",
  "delivery",
  "ads",
  "review-site",
  "other",
] as const;

/**
 * The channel of a touchpoint or an event.
 *
 * @example
 * ```ts
 * ChannelSchema.parse("social"); // "social"
 * ```
 */
export const ChannelSchema = z.enum(CHANNELS);

/**
 * One of {@link CHANNELS}.
 *
 * @example
 * ```ts
 * const channel: Channel = "store";
 * ```
 */
export type Channel = z.infer<typeof ChannelSchema>;
