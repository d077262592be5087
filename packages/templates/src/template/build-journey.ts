import { defineJourney, type Journey, JourneykitError } from "@journeykit/core";
import type { TemplateLocale } from "../locale/template-locale";
import type { JourneyTemplate } from "./journey-template";
import { type JourneyDocument, resolveTemplate } from "./resolve-template";

/**
 * Renders a template in one locale, lets `customise` change the document, and validates the
 * result with `defineJourney`. A missing label is a defect of the template, not of the caller,
 * so it fails loudly instead of leaving a key where a name should be.
 */
export function buildJourney(
  template: JourneyTemplate,
  locale: TemplateLocale,
  customise?: (document: JourneyDocument) => void,
): Journey {
  const { document, missing } = resolveTemplate(template, locale);
  if (missing.length > 0) {
    throw new JourneykitError({
      code: "TEMPLATE_LABELS_MISSING",
      message: `Template "${template.id}" lacks ${missing.length} label(s) in locale "${locale}": ${missing.join(", ")}. Add them to its locales/${locale}.ts, or use another locale.`,
    });
  }
  customise?.(document);
  return defineJourney(document);
}
