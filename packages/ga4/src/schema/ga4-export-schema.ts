// What journeykit knows about the GA4 BigQuery export's layout, as data: the readers of
// @journeykit/ga4 and the SQL of @journeykit/sql both follow it, so the two read an export alike.
// Plain constants only (no zod, no reader code), so that importing it costs nothing at run time.

/**
 * Where an event's traffic source is read from: `"event"` (what was collected with the event),
 * `"session"` (the session's last click) or `"user"` (the user's first touch); `readGa4Export`'s
 * and `toSql`'s `trafficSource` option.
 *
 * @example
 * ```ts
 * GA4_TRAFFIC_SCOPES; // ["event", "session", "user"]
 * ```
 */
export const GA4_TRAFFIC_SCOPES = ["event", "session", "user"] as const;

/**
 * One of {@link GA4_TRAFFIC_SCOPES}.
 *
 * @example
 * ```ts
 * const scope: Ga4TrafficScope = "session";
 * ```
 */
export type Ga4TrafficScope = (typeof GA4_TRAFFIC_SCOPES)[number];

/**
 * The export column (a RECORD) each traffic scope reads.
 *
 * @example
 * ```ts
 * GA4_TRAFFIC_COLUMNS.event; // "collected_traffic_source"
 * ```
 */
export const GA4_TRAFFIC_COLUMNS = {
  event: "collected_traffic_source",
  session: "session_traffic_source_last_click",
  user: "traffic_source",
} as const satisfies Record<Ga4TrafficScope, string>;

/**
 * The `"event"` scope's rule, in order: `collected_traffic_source`'s manual fields when its
 * source or medium is set; else its `gclid` (google / cpc, see {@link GA4_GOOGLE_ADS_TRAFFIC});
 * else the event's own params when their source or medium is set; else a `gclid` param. Empty
 * strings count as none.
 *
 * @example
 * ```ts
 * GA4_COLLECTED_TRAFFIC.manual.medium; // "manual_medium"
 * GA4_COLLECTED_TRAFFIC.params.gclid; // "gclid"
 * ```
 */
export const GA4_COLLECTED_TRAFFIC = {
  manual: { source: "manual_source", medium: "manual_medium", campaign: "manual_campaign_name" },
  gclid: "gclid",
  params: { source: "source", medium: "medium", campaign: "campaign", gclid: "gclid" },
} as const;

/**
 * The `"user"` scope's fields of `traffic_source` (the user's first touch).
 *
 * @example
 * ```ts
 * GA4_FIRST_TOUCH_TRAFFIC.campaign; // "name"
 * ```
 */
export const GA4_FIRST_TOUCH_TRAFFIC = { source: "source", medium: "medium", campaign: "name" } as const;

/**
 * The `"session"` scope's records of `session_traffic_source_last_click`, in the order they are
 * tried, and their fields: `cross_channel_campaign` (with GA4's own `default_channel_group`),
 * else `manual_campaign` (each when its source or medium is set), else a `google_ads_campaign`
 * with any of its fields set, as google / cpc.
 *
 * @example
 * ```ts
 * GA4_LAST_CLICK_TRAFFIC.googleAds.at(-1); // "ad_group_name"
 * ```
 */
export const GA4_LAST_CLICK_TRAFFIC = {
  crossChannel: ["source", "medium", "campaign_name", "default_channel_group"],
  manual: ["source", "medium", "campaign_name"],
  googleAds: ["customer_id", "account_name", "campaign_id", "campaign_name", "ad_group_id", "ad_group_name"],
} as const;

/**
 * What an auto-tagged Google Ads click (a `gclid` without utm parameters) is reported as, as
 * GA4 reports it.
 *
 * @example
 * ```ts
 * GA4_GOOGLE_ADS_TRAFFIC; // { source: "google", medium: "cpc" }
 * ```
 */
export const GA4_GOOGLE_ADS_TRAFFIC = { source: "google", medium: "cpc" } as const;

/**
 * The typed fields of an event param's `value`, in the order that decides which one a param
 * holds when the export sets several (it sets at most one; the same key can hold a string in one
 * row and an integer in the next): string, then int, then double, then float.
 *
 * @example
 * ```ts
 * GA4_PARAM_VALUE_FIELDS[0]; // "string_value"
 * ```
 */
export const GA4_PARAM_VALUE_FIELDS = ["string_value", "int_value", "double_value", "float_value"] as const;

/**
 * The event param holding the session number; an event's session is
 * `` `${user_pseudo_id}:${ga_session_id}` ``.
 *
 * @example
 * ```ts
 * GA4_SESSION_ID_PARAM; // "ga_session_id"
 * ```
 */
export const GA4_SESSION_ID_PARAM = "ga_session_id";

/**
 * The columns that order a batch's events (`batch_page_id`, `batch_ordering_id`,
 * `batch_event_index`): events with the same timestamp keep the order they were sent in.
 *
 * @example
 * ```ts
 * GA4_BATCH_COLUMNS.length; // 3
 * ```
 */
export const GA4_BATCH_COLUMNS = ["batch_page_id", "batch_ordering_id", "batch_event_index"] as const;

/**
 * Events GA4 collects to measure engagement rather than a step a customer takes
 * (`user_engagement` when a page loses focus, `scroll` at 90% depth): usually left out of
 * conformance and paths.
 *
 * @example
 * ```ts
 * conformance(journey, log, { ignore: [...GA4_ENGAGEMENT_EVENTS] });
 * ```
 */
export const GA4_ENGAGEMENT_EVENTS = ["user_engagement", "scroll"] as const;

/**
 * Events GA4 collects in every session (`page_view`, `session_start`): a path diagram is only
 * readable without them.
 *
 * @example
 * ```ts
 * pathVariants(log, { ignore: [...GA4_ENGAGEMENT_EVENTS, ...GA4_SESSION_EVENTS] });
 * ```
 */
export const GA4_SESSION_EVENTS = ["page_view", "session_start"] as const;
