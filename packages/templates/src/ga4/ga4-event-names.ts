/**
 * Where the GA4 event name lists in this package come from: Google's own documentation pages.
 * Check them when Google adds events; the lists were taken from these pages, not invented.
 *
 * @example
 * ```ts
 * GA4_EVENT_SOURCES.recommended; // "https://support.google.com/analytics/answer/9267735"
 * ```
 */
export const GA4_EVENT_SOURCES = {
  /** [GA4] Recommended events (Analytics Help). */
  recommended: "https://support.google.com/analytics/answer/9267735",
  /** Recommended events reference with their parameters (Google for Developers). */
  recommendedReference: "https://developers.google.com/analytics/devguides/collection/ga4/reference/events",
  /** [GA4] Automatically collected events (Analytics Help), web and app. */
  automaticallyCollected: "https://support.google.com/analytics/answer/9234069",
  /** [GA4] Enhanced measurement events (Analytics Help), web only, on by default. */
  enhancedMeasurement: "https://support.google.com/analytics/answer/9216061",
} as const;

/**
 * GA4's recommended events: names with prescribed parameters that Google asks you to send
 * yourself (they are not collected automatically), for all properties, online sales, lead
 * generation and games. Source: {@link GA4_EVENT_SOURCES}.recommended and
 * `.recommendedReference`.
 *
 * @example
 * ```ts
 * GA4_RECOMMENDED_EVENTS.includes("generate_lead"); // true
 * ```
 */
export const GA4_RECOMMENDED_EVENTS = [
  "ad_impression",
  "add_payment_info",
  "add_shipping_info",
  "add_to_cart",
  "add_to_wishlist",
  "begin_checkout",
  "close_convert_lead",
  "close_unconvert_lead",
  "disqualify_lead",
  "earn_virtual_currency",
  "generate_lead",
  "join_group",
  "level_end",
  "level_start",
  "level_up",
  "login",
  "post_score",
  "purchase",
  "qualify_lead",
  "refund",
  "remove_from_cart",
  "search",
  "select_content",
  "select_item",
  "select_promotion",
  "share",
  "sign_up",
  "spend_virtual_currency",
  "tutorial_begin",
  "tutorial_complete",
  "unlock_achievement",
  "view_cart",
  "view_item",
  "view_item_list",
  "view_promotion",
  "working_lead",
] as const;

/**
 * GA4's automatically collected events, web and app, as Google's page lists them (it includes
 * the web enhanced-measurement events, see {@link GA4_ENHANCED_MEASUREMENT_EVENTS}). Source:
 * {@link GA4_EVENT_SOURCES}.automaticallyCollected.
 *
 * @example
 * ```ts
 * GA4_AUTOMATICALLY_COLLECTED_EVENTS.includes("first_visit"); // true
 * ```
 */
export const GA4_AUTOMATICALLY_COLLECTED_EVENTS = [
  "ad_click",
  "ad_exposure",
  "ad_impression",
  "ad_query",
  "ad_reward",
  "adunit_exposure",
  "app_clear_data",
  "app_exception",
  "app_remove",
  "app_store_refund",
  "app_store_subscription_cancel",
  "app_store_subscription_convert",
  "app_store_subscription_renew",
  "app_update",
  "click",
  "dynamic_link_app_open",
  "dynamic_link_app_update",
  "dynamic_link_first_open",
  "error",
  "file_download",
  "firebase_campaign",
  "firebase_in_app_message_action",
  "firebase_in_app_message_dismiss",
  "firebase_in_app_message_impression",
  "first_open",
  "first_visit",
  "form_start",
  "form_submit",
  "in_app_purchase",
  "notification_dismiss",
  "notification_foreground",
  "notification_open",
  "notification_receive",
  "os_update",
  "page_view",
  "screen_view",
  "scroll",
  "session_start",
  "user_engagement",
  "video_complete",
  "video_progress",
  "video_start",
  "view_search_results",
] as const;

/**
 * The web events GA4 collects when enhanced measurement is on (the default for web streams);
 * each but `page_view` can be switched off per stream, so a map that relies on them should say
 * so. Source: {@link GA4_EVENT_SOURCES}.enhancedMeasurement.
 *
 * @example
 * ```ts
 * GA4_ENHANCED_MEASUREMENT_EVENTS.includes("form_start"); // true
 * ```
 */
export const GA4_ENHANCED_MEASUREMENT_EVENTS = [
  "click",
  "file_download",
  "form_start",
  "form_submit",
  "page_view",
  "scroll",
  "video_complete",
  "video_progress",
  "video_start",
  "view_search_results",
] as const;
