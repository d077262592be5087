import { b2bLeadGenerationTemplate } from "./b2b-lead-generation/template";
import { b2bSaasTrialTemplate } from "./b2b-saas-trial/template";
import { b2cEcommerceTemplate } from "./b2c-ecommerce/template";
import { b2cSubscriptionTemplate } from "./b2c-subscription/template";

/**
 * Every journey template, keyed by id. Read a template's structure and labels here; build a
 * journey from one with {@link fromTemplate}. Tests and tools iterate this registry, so a new
 * template is picked up by adding it here.
 *
 * | id | segment | stages |
 * | --- | --- | --- |
 * | `b2c-ecommerce` | B2C | awareness, consideration, purchase, service, loyalty |
 * | `b2c-subscription` | B2C | awareness, trial, onboarding, subscription, renewal, cancellation |
 * | `b2b-lead-generation` | B2B | awareness, consideration, lead, qualification, decision, onboarding, growth |
 * | `b2b-saas-trial` | B2B | awareness, sign-up, activation, team, upgrade, expansion |
 *
 * @example
 * ```ts
 * import { templates } from "@journeykit/templates";
 *
 * Object.keys(templates); // ["b2c-ecommerce", "b2c-subscription", "b2b-lead-generation", "b2b-saas-trial"]
 * templates["b2b-lead-generation"].structure.segment; // "b2b"
 * ```
 */
export const templates = {
  "b2c-ecommerce": b2cEcommerceTemplate,
  "b2c-subscription": b2cSubscriptionTemplate,
  "b2b-lead-generation": b2bLeadGenerationTemplate,
  "b2b-saas-trial": b2bSaasTrialTemplate,
} as const;

/**
 * The id of a template in the {@link templates} registry.
 *
 * @example
 * ```ts
 * const id: TemplateId = "b2b-saas-trial";
 * ```
 */
export type TemplateId = keyof typeof templates;
