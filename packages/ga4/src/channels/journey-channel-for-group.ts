import type { Channel } from "@journeykit/core";
import type { Ga4ChannelGroup } from "./ga4-channel-groups";

/**
 * How {@link journeyChannelForGroup} maps GA4's default channel groups to journeykit's channels:
 * paid media to `"ads"`, organic search and shopping to `"search"`, organic social and video to
 * `"social"`, direct and referral traffic to `"web"`, SMS to `"phone"`, push to `"app"`.
 *
 * @example
 * ```ts
 * GA4_CHANNEL_GROUP_TO_CHANNEL["Paid Social"]; // "ads"
 * GA4_CHANNEL_GROUP_TO_CHANNEL["Organic Social"]; // "social"
 * ```
 */
export const GA4_CHANNEL_GROUP_TO_CHANNEL: Readonly<Record<Ga4ChannelGroup, Channel>> = Object.freeze({
  Direct: "web",
  "Cross-network": "ads",
  "Paid Shopping": "ads",
  "Paid Search": "ads",
  "Paid Social": "ads",
  "Paid Video": "ads",
  Display: "ads",
  "Paid Other": "ads",
  "Organic Shopping": "search",
  "Organic Social": "social",
  "Organic Video": "social",
  "Organic Search": "search",
  Referral: "web",
  Email: "email",
  Affiliates: "web",
  Audio: "ads",
  SMS: "phone",
  "Mobile Push Notifications": "app",
  Unassigned: "other",
});

/**
 * The journeykit channel for a GA4 channel group, from {@link GA4_CHANNEL_GROUP_TO_CHANNEL} or
 * from `overrides` where given (for example to count Paid Search as `"search"`).
 *
 * @param group - A GA4 default channel group.
 * @param overrides - Channels to use instead of the default mapping, by group.
 * @returns The journey channel.
 *
 * @example
 * ```ts
 * import { journeyChannelForGroup } from "@journeykit/ga4";
 *
 * journeyChannelForGroup("Organic Search"); // "search"
 * journeyChannelForGroup("Paid Search"); // "ads"
 * journeyChannelForGroup("Paid Search", { "Paid Search": "search" }); // "search"
 * ```
 */
export function journeyChannelForGroup(
  group: Ga4ChannelGroup,
  overrides?: Partial<Record<Ga4ChannelGroup, Channel>>,
): Channel {
  return overrides?.[group] ?? GA4_CHANNEL_GROUP_TO_CHANNEL[group];
}
