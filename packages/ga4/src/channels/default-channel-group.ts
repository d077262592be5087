import type { Ga4ChannelGroup } from "./ga4-channel-groups";
import { sourceCategory } from "./source-category";

/**
 * The traffic fields GA4's default channel grouping reads: source, medium and campaign name, as
 * in `utm_source`, `utm_medium` and `utm_campaign` or the export's traffic source fields.
 * A missing field counts as `"(not set)"`.
 *
 * @example
 * ```ts
 * const traffic: TrafficSource = { source: "newsletter", medium: "email", campaign: "spring-sale" };
 * ```
 */
export interface TrafficSource {
  /** Where the traffic came from, such as `"google"`, `"l.facebook.com"` or `"(direct)"`. */
  readonly source?: string | null | undefined;
  /** How it came, such as `"organic"`, `"cpc"`, `"referral"` or `"(none)"`. */
  readonly medium?: string | null | undefined;
  /** The campaign name, such as `"spring-sale"` or `"(organic)"`. */
  readonly campaign?: string | null | undefined;
}

const PAID_MEDIUM = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const SHOPPING_CAMPAIGN = /^(.*(([^a-df-z]|^)shop|shopping).*)$/;
const DISPLAY_MEDIUMS = new Set(["display", "banner", "expandable", "interstitial", "cpm"]);
const SOCIAL_MEDIUMS = new Set([
  "social",
  "social-network",
  "social-media",
  "sm",
  "social network",
  "social media",
]);
const EMAIL_NAMES = new Set(["email", "e-mail", "e_mail", "e mail"]);
const REFERRAL_MEDIUMS = new Set(["referral", "app", "link"]);

function normalise(value: string | null | undefined): string {
  const trimmed = value?.trim().toLowerCase() ?? "";
  return trimmed === "" ? "(not set)" : trimmed;
}

/**
 * Classifies traffic into GA4's default channel group from its source, medium and campaign name,
 * following the rules for manual traffic in Google's "[GA4] Default channel group" article
 * (https://support.google.com/analytics/answer/9756891), evaluated in its order; the first rule
 * that matches decides, and traffic that matches none is `"Unassigned"`. Matching ignores case
 * and surrounding spaces, as GA4's does.
 *
 * | Group | Rule |
 * |---|---|
 * | Direct | source is `(direct)` and medium is `(not set)` or `(none)` |
 * | Cross-network | campaign contains `cross-network` |
 * | Paid Shopping | (source is a shopping site or campaign matches `^(.*(([^a-df-z]\|^)shop\|shopping).*)$`) and medium matches `^(.*cp.*\|ppc\|retargeting\|paid.*)$` |
 * | Paid Search / Social / Video | source is a search / social / video site and the medium is paid (as above) |
 * | Display | medium is `display`, `banner`, `expandable`, `interstitial` or `cpm` |
 * | Paid Other | the medium is paid |
 * | Organic Shopping | source is a shopping site or the campaign matches the shopping pattern |
 * | Organic Social | source is a social site or medium is `social`, `social-network`, `social-media`, `sm`, `social network`, `social media` |
 * | Organic Video | source is a video site or medium contains `video` |
 * | Organic Search | source is a search site or medium is `organic` |
 * | Referral | medium is `referral`, `app` or `link` |
 * | Email | source or medium is `email`, `e-mail`, `e_mail` or `e mail` |
 * | Affiliates | medium is `affiliate` |
 * | Audio | medium is `audio` |
 * | SMS | source or medium is `sms` |
 * | Mobile Push Notifications | medium ends with `push` or contains `mobile` or `notification`, or source is `firebase` |
 *
 * Sites are recognised by a built-in subset of Google's source categories list (google, bing,
 * duckduckgo, facebook, instagram, linkedin, t.co, youtube, amazon, ebay, ...), by name or by
 * domain (`l.facebook.com`, `google.co.uk`). Rules based on Google Ads, DV360 and SA360 data are
 * not applied: the export does not carry what they need.
 *
 * @param traffic - The source, medium and campaign; missing ones count as `"(not set)"`.
 * @returns The channel group.
 *
 * @example
 * ```ts
 * import { defaultChannelGroup } from "@journeykit/ga4";
 *
 * defaultChannelGroup({ source: "(direct)", medium: "(none)" }); // "Direct"
 * defaultChannelGroup({ source: "google", medium: "organic" }); // "Organic Search"
 * defaultChannelGroup({ source: "google", medium: "cpc" }); // "Paid Search"
 * defaultChannelGroup({ source: "l.facebook.com", medium: "referral" }); // "Organic Social"
 * defaultChannelGroup({ source: "newsletter", medium: "email" }); // "Email"
 * defaultChannelGroup({ source: "partner.example", medium: "referral" }); // "Referral"
 * defaultChannelGroup({ source: "partner.example", medium: "banner-2024" }); // "Unassigned"
 * ```
 */
export function defaultChannelGroup(traffic: TrafficSource): Ga4ChannelGroup {
  const source = normalise(traffic.source);
  const medium = normalise(traffic.medium);
  const campaign = normalise(traffic.campaign);
  const category = sourceCategory(source);
  const paid = PAID_MEDIUM.test(medium);
  const shopping = category === "shopping" || SHOPPING_CAMPAIGN.test(campaign);

  if (source === "(direct)" && (medium === "(not set)" || medium === "(none)")) return "Direct";
  if (campaign.includes("cross-network")) return "Cross-network";
  if (shopping && paid) return "Paid Shopping";
  if (category === "search" && paid) return "Paid Search";
  if (category === "social" && paid) return "Paid Social";
  if (category === "video" && paid) return "Paid Video";
  if (DISPLAY_MEDIUMS.has(medium)) return "Display";
  if (paid) return "Paid Other";
  if (shopping) return "Organic Shopping";
  if (category === "social" || SOCIAL_MEDIUMS.has(medium)) return "Organic Social";
  if (category === "video" || medium.includes("video")) return "Organic Video";
  if (category === "search" || medium === "organic") return "Organic Search";
  if (REFERRAL_MEDIUMS.has(medium)) return "Referral";
  if (EMAIL_NAMES.has(source) || EMAIL_NAMES.has(medium)) return "Email";
  if (medium === "affiliate") return "Affiliates";
  if (medium === "audio") return "Audio";
  if (source === "sms" || medium === "sms") return "SMS";
  if (
    medium.endsWith("push") ||
    medium.includes("mobile") ||
    medium.includes("notification") ||
    source === "firebase"
  ) {
    return "Mobile Push Notifications";
  }
  return "Unassigned";
}
