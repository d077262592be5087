/**
 * GA4's default channel groups for manual (source / medium / campaign) traffic, in the order the
 * rules are evaluated, then `"Unassigned"` for traffic no rule matches.
 *
 * @example
 * ```ts
 * GA4_CHANNEL_GROUPS[0]; // "Direct"
 * GA4_CHANNEL_GROUPS.includes("Organic Search"); // true
 * ```
 */
export const GA4_CHANNEL_GROUPS = [
  "Direct",
  "Cross-network",
  "Paid Shopping",
  "Paid Search",
  "Paid Social",
  "Paid Video",
  "Display",
  "Paid Other",
  "Organic Shopping",
  "Organic Social",
  "Organic Video",
  "Organic Search",
  "Referral",
  "Email",
  "Affiliates",
  "Audio",
  "SMS",
  "Mobile Push Notifications",
  "Unassigned",
] as const;

/**
 * One of GA4's default channel groups ({@link GA4_CHANNEL_GROUPS}).
 *
 * @example
 * ```ts
 * const group: Ga4ChannelGroup = "Paid Search";
 * ```
 */
export type Ga4ChannelGroup = (typeof GA4_CHANNEL_GROUPS)[number];
