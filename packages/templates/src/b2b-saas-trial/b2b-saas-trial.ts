import type { Journey } from "@journeykit/core";
import { buildJourney } from "../template/build-journey";
import { b2bSaasTrialTemplate } from "./template";

/**
 * A product-led B2B SaaS journey in English: awareness → sign-up → activation → team
 * adoption → upgrade → expansion, drawn for the evaluator who signs up ("Nora"), the invited
 * colleague ("Ahmed"), the budget owner ("Henrik") and IT ("Camilla"). Use
 * {@link fromTemplate}`("b2b-saas-trial", { locale, overrides })` for Norwegian or Danish
 * labels or to customise it.
 *
 * **What makes it B2B, and what makes it product-led**
 * - *Decision process*: bottom-up. One user tries alone within minutes and the team decides
 *   by using the product; the B2B buying committee (budget owner, IT, procurement) arrives
 *   only at the upgrade, where its late arrival is the main pain point.
 * - *Touchpoints*: mostly inside the product (sign-up, onboarding, invitations, in-app
 *   upgrade), plus review sites and communities; sales, security review and account
 *   management join for larger accounts.
 * - *Relationship*: starts without commitment and grows with usage into a long-term account,
 *   measured as activation, invite rate, trial-to-paid and net revenue retention.
 *
 * **How GA4 events map to stages** (custom events are marked in
 * `templates["b2b-saas-trial"].structure.customEvents`):
 * - awareness: `first_visit`, and `session_start` from search, review sites (G2, Capterra,
 *   ...) or communities (LinkedIn, Reddit, YouTube);
 * - sign-up: `sign_up`;
 * - activation: `tutorial_begin`, `tutorial_complete` and the custom `activation_milestone`;
 * - team adoption: the custom `invite_sent`, `join_group` (a colleague joins the workspace)
 *   and `share`;
 * - upgrade: `begin_checkout`, `add_payment_info`, `purchase`, `generate_lead` (talk to
 *   sales), and `session_start` with medium `email` (trial e-mails);
 * - expansion: `close_convert_lead` for contracts won by sales; security review and account
 *   management are offline.
 *
 * @example
 * ```ts
 * import { b2bSaasTrial } from "@journeykit/templates";
 *
 * b2bSaasTrial.stages.map((stage) => stage.id);
 * // ["awareness", "sign-up", "activation", "team", "upgrade", "expansion"]
 * b2bSaasTrial.kpis.find((kpi) => kpi.id === "activation-rate")?.target; // 0.35
 * ```
 */
export const b2bSaasTrial: Journey = /* @__PURE__ */ buildJourney(b2bSaasTrialTemplate, "en");
