// The published surface of @journeykit/templates: every value name exactly (a name added or dropped fails here
// until this file, and a changeset, say so) and every type name present.

import type { Journey } from "@journeykit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as Templates from "./index";

describe("@journeykit/templates's public API", () => {
  it("@journeykit/templates exports exactly these values", () => {
    expectTypeOf<keyof typeof Templates>().toEqualTypeOf<
      | "FromTemplateOptionsSchema"
      | "GA4_AUTOMATICALLY_COLLECTED_EVENTS"
      | "GA4_ENHANCED_MEASUREMENT_EVENTS"
      | "GA4_EVENT_SOURCES"
      | "GA4_RECOMMENDED_EVENTS"
      | "TEMPLATE_LOCALES"
      | "TemplateLocaleSchema"
      | "TemplateOptionsError"
      | "TemplateOverridesSchema"
      | "UnknownTemplateError"
      | "b2bLeadGeneration"
      | "b2bSaasTrial"
      | "b2cEcommerce"
      | "b2cSubscription"
      | "checkTemplateLabels"
      | "fromTemplate"
      | "ga4EventKinds"
      | "templates"
    >();
  });

  it("@journeykit/templates exports these types", () => {
    expectTypeOf<
      [
        Templates.BlueprintLane,
        Templates.FromTemplateOptions,
        Templates.Ga4EventKind,
        Templates.JourneyTemplate,
        Templates.TemplateId,
        Templates.TemplateLabelCheck,
        Templates.TemplateLocale,
        Templates.TemplateMessages,
        Templates.TemplateOverrides,
        Templates.TemplateStructure,
      ]
    >().not.toBeNever();
  });

  it("keeps the signatures of the main calls", () => {
    expectTypeOf<typeof Templates.fromTemplate>().returns.toEqualTypeOf<Journey>();
    expectTypeOf<typeof Templates.fromTemplate>()
      .parameter(1)
      .toEqualTypeOf<Templates.FromTemplateOptions | undefined>();
  });
});
