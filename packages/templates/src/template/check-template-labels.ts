import type { TemplateLocale } from "../locale/template-locale";
import type { JourneyTemplate } from "./journey-template";
import { resolveTemplate } from "./resolve-template";

/**
 * The result of {@link checkTemplateLabels}: label keys as dotted paths into the locale's
 * messages, such as `stages.purchase.steps.pay`.
 *
 * @example
 * ```ts
 * const check: TemplateLabelCheck = { missing: ["stages.loyalty.goal"], unused: [] };
 * ```
 */
export interface TemplateLabelCheck {
  /** Labels the template's structure needs but the locale lacks (or leaves empty). */
  readonly missing: readonly string[];
  /** Labels the locale has that no part of the structure reads: stale or misspelt keys. */
  readonly unused: readonly string[];
}

/**
 * Checks that a template has every label it needs in one locale, and no label it does not use.
 * Use it when adding a locale or a template: a complete locale gives two empty lists.
 *
 * @param template - A template, e.g. `templates["b2b-saas-trial"]`.
 * @param locale - The locale to check.
 * @returns The missing and unused label keys.
 *
 * @example
 * ```ts
 * import { checkTemplateLabels, templates } from "@journeykit/templates";
 *
 * checkTemplateLabels(templates["b2c-ecommerce"], "da"); // { missing: [], unused: [] }
 * ```
 */
export function checkTemplateLabels(template: JourneyTemplate, locale: TemplateLocale): TemplateLabelCheck {
  const { missing, unused } = resolveTemplate(template, locale);
  return { missing, unused };
}
