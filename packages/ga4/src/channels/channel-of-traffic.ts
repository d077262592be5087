import type { Channel } from "@journeykit/core";
import { defaultChannelGroup, type TrafficSource } from "./default-channel-group";
import { GA4_CHANNEL_GROUPS, type Ga4ChannelGroup } from "./ga4-channel-groups";
import { journeyChannelForGroup } from "./journey-channel-for-group";

const GROUPS: ReadonlySet<string> = new Set(GA4_CHANNEL_GROUPS);

/**
 * The journey channel of an event's traffic: the channel group the export names (`group`, when
 * it is one of GA4's), else GA4's default channel grouping of its source, medium and campaign,
 * mapped by `channels` or the default mapping.
 *
 * @example
 * ```ts
 * channelOfTraffic({ source: "google", medium: "cpc" }, {}); // "ads"
 * channelOfTraffic({ source: "google", medium: "cpc", group: "Paid Search" }, { "Paid Search": "search" }); // "search"
 * ```
 */
export function channelOfTraffic(
  traffic: TrafficSource & { readonly group?: string | undefined },
  channels: Partial<Record<Ga4ChannelGroup, Channel>>,
): Channel {
  const group: Ga4ChannelGroup =
    traffic.group !== undefined && GROUPS.has(traffic.group)
      ? (traffic.group as Ga4ChannelGroup)
      : defaultChannelGroup(traffic);
  return journeyChannelForGroup(group, channels);
}
