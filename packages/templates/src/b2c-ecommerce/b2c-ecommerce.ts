import type { Journey } from "@journeykit/core";
import { buildJourney } from "../template/build-journey";
import { b2cEcommerceTemplate } from "./template";

/**
 * A B2C web shop journey in English, ready to validate against GA4 data: awareness →
 * consideration → purchase → service and follow-up → loyalty, drawn for "Kari, 35" (a busy
 * mother who shops on her phone) and "Jonas, 23" (a price-hunting student). Use
 * {@link fromTemplate}`("b2c-ecommerce", { locale, overrides })` for Norwegian or Danish labels
 * or to customise it.
 *
 * **What makes it B2C**
 * - *Decision process*: one person decides, quickly and emotionally, often in one session.
 *   So the stages are short and every step between product page and payment is measured.
 * - *Touchpoints*: few and digital (ads, social media, search, the web shop, e-mail); the
 *   parcel is the only physical one, and review sites sit outside your GA4 data.
 * - *Relationship*: transactional; loyalty is won purchase by purchase, through delivery,
 *   returns and relevant offers, and measured as repeat purchase rate and NPS.
 *
 * **How GA4 events map to stages** (touchpoint matchers; custom events are marked in
 * `templates["b2c-ecommerce"].structure.customEvents`):
 * - awareness: `first_visit` / `first_open`, and `session_start` from paid media (medium
 *   `cpc`, `ppc`, `display`, ...), social networks (source or medium) or organic search;
 * - consideration: `view_item_list`, `select_item`, `view_promotion`, `select_promotion`,
 *   `view_item`, `add_to_wishlist`, `search`, `view_search_results`;
 * - purchase: `add_to_cart`, `remove_from_cart`, `view_cart`, `begin_checkout`,
 *   `add_shipping_info`, `add_payment_info`, `purchase`;
 * - service: `refund`, and the custom `support_chat_start`; delivery is physical and unmeasured;
 * - loyalty: `join_group` (loyalty club), `session_start` with medium `email`, the custom
 *   `write_review`, and `share` with `content_type` `referral`.
 *
 * **What `conformance` shows on shop data.** Run it with
 * `optional: ["service"]` (the template's `structure.optional`): most customers
 * never contact support or return anything, so their service stage is not in the data. Each
 * event maps to one stage, so:
 * - a customer who goes `first_visit` → `view_item` → `add_to_cart` → `purchase` (and on to
 *   loyalty) follows the map;
 * - one who arrives and buys without any product list, product page or search event skips
 *   consideration;
 * - a repeat `purchase` after a loyalty event (a newsletter visit, joining the club) maps to
 *   purchase again: a backtrack from loyalty to purchase, the loop B2C wants;
 * - a later session brought by an ad, a social network or a search maps to awareness again,
 *   also a backtrack;
 * - events the map does not name (`page_view`, `scroll`, `user_engagement`, ...) are reported
 *   as unrecognised, not forced into a stage.
 *
 * @example
 * ```ts
 * import { b2cEcommerce } from "@journeykit/templates";
 *
 * b2cEcommerce.stages.map((stage) => stage.id);
 * // ["awareness", "consideration", "purchase", "service", "loyalty"]
 * b2cEcommerce.personas[0]?.name; // "Kari, 35"
 * b2cEcommerce.kpis.find((kpi) => kpi.id === "cart-abandonment")?.target; // 0.65
 * ```
 */
export const b2cEcommerce: Journey = /* @__PURE__ */ buildJourney(b2cEcommerceTemplate, "en");
