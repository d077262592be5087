import type { Journey } from "@journeykit/core";
import { buildJourney } from "../template/build-journey";
import { b2cSubscriptionTemplate } from "./template";

/**
 * A B2C subscription journey in English, for an app or service with a free trial:
 * awareness → trial → onboarding → subscription → renewal → cancellation and win-back, drawn
 * for "Mia, 29" (trains with an app, cancels what she does not use) and "Thomas, 52" (pays
 * the household's subscriptions and distrusts auto-renewal). Use
 * {@link fromTemplate}`("b2c-subscription", { locale, overrides })` for Norwegian or Danish
 * labels or to customise it.
 *
 * **What makes it B2C, and what makes it a subscription**
 * - *Decision process*: one person or a household decides quickly to try, then decides again
 *   at every renewal; habit and felt value decide.
 * - *Touchpoints*: almost all digital and inside the product (app store, app, billing,
 *   lifecycle messages); customer service is the only human contact.
 * - *Relationship*: recurring but easy to end, so the map goes past the first payment into
 *   renewal and a respectful cancellation, measured as churn, payment recovery and win-back.
 *
 * **How GA4 events map to stages**:
 * - awareness: `first_visit`, `first_open`, and `session_start` from paid media or from
 *   organic search, social and referral traffic;
 * - trial: `sign_up` and the custom `trial_start`;
 * - onboarding: `tutorial_begin`, `tutorial_complete`;
 * - subscription: `begin_checkout`, `add_payment_info`, `purchase` (web) and
 *   `in_app_purchase`, `app_store_subscription_convert` (app stores);
 * - renewal: `app_store_subscription_renew` and the custom `subscription_renew` (send
 *   `purchase` only for the first paid period);
 * - cancellation: the custom `subscription_cancel`, `app_store_subscription_cancel`,
 *   `app_remove`, `refund`, `app_store_refund`, and `session_start` with medium `email`
 *   (win-back e-mails).
 *
 * Conformance reads churn as data: a customer who cancels during the trial jumps from trial
 * to cancellation and skips onboarding, subscription and renewal, which is exactly the
 * deviation the team wants to see.
 *
 * @example
 * ```ts
 * import { b2cSubscription } from "@journeykit/templates";
 *
 * b2cSubscription.stages.map((stage) => stage.id);
 * // ["awareness", "trial", "onboarding", "subscription", "renewal", "cancellation"]
 * b2cSubscription.kpis.find((kpi) => kpi.id === "monthly-churn-rate")?.direction; // "lower-is-better"
 * ```
 */
export const b2cSubscription: Journey = /* @__PURE__ */ buildJourney(b2cSubscriptionTemplate, "en");
