import type { Journey } from "@journeykit/core";
import { buildJourney } from "../template/build-journey";
import { b2bLeadGenerationTemplate } from "./template";

/**
 * A B2B lead generation journey in English: awareness → consideration → lead →
 * qualification → decision → onboarding → account growth, drawn for a buying committee of
 * four: the user ("Lars"), the champion ("Ingrid"), the economic buyer ("Erik", CFO) and
 * IT/security ("Sofie"). Use {@link fromTemplate}`("b2b-lead-generation", { locale, overrides })`
 * for Norwegian or Danish labels or to customise it.
 *
 * **What makes it B2B**
 * - *Decision process*: a committee decides over weeks or months, rationally and with a veto
 *   for each member; emotions differ by persona in the same stage (the champion is under
 *   pressure in the decision stage while the user is already convinced).
 * - *Touchpoints*: many, digital and physical: search, LinkedIn and content, forms, then
 *   calls, meetings, trade fairs, proposals, reference calls and a security review. Physical
 *   touchpoints carry no event matchers; the CRM's lead statuses do.
 * - *Relationship*: long-term and trust-based; after the contract come onboarding and account
 *   growth, measured as time to first value, net revenue retention and NPS.
 *
 * **How GA4 events map to stages** (all recommended or automatically collected; no custom
 * events):
 * - awareness: `first_visit`, and `session_start` from search (medium `organic`, `cpc`, ...)
 *   or LinkedIn (source);
 * - consideration: `file_download`, `select_content`, `video_start`, `video_complete`, and
 *   `form_start` (enhanced measurement);
 * - lead: `generate_lead`, `form_submit`;
 * - qualification: `working_lead`, `qualify_lead`, `disqualify_lead` (sent from the CRM with
 *   the Measurement Protocol), and `session_start` with medium `email` (nurture e-mails);
 * - decision: `close_convert_lead`, `close_unconvert_lead` (from the CRM); meetings, proposal,
 *   references and the security review are offline;
 * - onboarding: `login`, `tutorial_begin`, `tutorial_complete` in the customer portal;
 * - account growth: `join_group` (customer community), `purchase` (additional orders).
 *
 * A visitor who arrives from organic search, starts a form and sends it
 * (`session_start` → `form_start` → `generate_lead` / `form_submit`) reaches the lead stage
 * in `stageFunnel`, even though real tags may fire `generate_lead` a few milliseconds before
 * `form_submit`: both belong to the same stage.
 *
 * @example
 * ```ts
 * import { b2bLeadGeneration } from "@journeykit/templates";
 *
 * b2bLeadGeneration.stages.map((stage) => stage.id);
 * // ["awareness", "consideration", "lead", "qualification", "decision", "onboarding", "growth"]
 * b2bLeadGeneration.personas.map((persona) => persona.id);
 * // ["end-user", "champion", "economic-buyer", "it-security"]
 * ```
 */
export const b2bLeadGeneration: Journey = /* @__PURE__ */ buildJourney(b2bLeadGenerationTemplate, "en");
