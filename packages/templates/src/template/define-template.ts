import type { TemplateLocale } from "../locale/template-locale";
import type { JourneyTemplate, TemplateMessages, TemplateStructure } from "./journey-template";

/** Pairs a structure with its messages; typed so each locale must label every id of the structure. */
export function defineTemplate<const Structure extends TemplateStructure>(
  structure: Structure,
  messages: { readonly [Locale in TemplateLocale]: TemplateMessages<Structure> },
): JourneyTemplate<Structure> {
  return { id: structure.id, structure, messages };
}
