// The public surface of @journeykit/templates.
export { b2bLeadGeneration } from "./b2b-lead-generation/b2b-lead-generation";
export { b2bSaasTrial } from "./b2b-saas-trial/b2b-saas-trial";
export { b2cEcommerce } from "./b2c-ecommerce/b2c-ecommerce";
export { b2cSubscription } from "./b2c-subscription/b2c-subscription";
export { TemplateOptionsError } from "./errors/template-options-error";
export { UnknownTemplateError } from "./errors/unknown-template-error";
export { fromTemplate } from "./from-template";
export { type Ga4EventKind, ga4EventKinds } from "./ga4/ga4-event-kinds";
export {
  GA4_AUTOMATICALLY_COLLECTED_EVENTS,
  GA4_ENHANCED_MEASUREMENT_EVENTS,
  GA4_EVENT_SOURCES,
  GA4_RECOMMENDED_EVENTS,
} from "./ga4/ga4-event-names";
export { TEMPLATE_LOCALES, type TemplateLocale, TemplateLocaleSchema } from "./locale/template-locale";
export {
  type FromTemplateOptions,
  FromTemplateOptionsSchema,
  type TemplateOverrides,
  TemplateOverridesSchema,
} from "./overrides/template-overrides";
export { type TemplateId, templates } from "./registry";
export { checkTemplateLabels, type TemplateLabelCheck } from "./template/check-template-labels";
export type {
  BlueprintLane,
  JourneyTemplate,
  TemplateMessages,
  TemplateStructure,
} from "./template/journey-template";
