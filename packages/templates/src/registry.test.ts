import type { KpiMeasure, Step } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { fromTemplate } from "./from-template";
import { ga4EventKinds } from "./ga4/ga4-event-kinds";
import { TEMPLATE_LOCALES } from "./locale/template-locale";
import { templates } from "./registry";
import { checkTemplateLabels } from "./template/check-template-labels";
import type { JourneyTemplate } from "./template/journey-template";

// The checklist comes from the registry and the locale list, so a new template or locale is
// covered here without editing this file (as zod's locales/parity.test.ts does for locales).
const cases = Object.entries(templates).flatMap(([id, template]: [string, JourneyTemplate]) =>
  TEMPLATE_LOCALES.map((locale) => ({ id, template, locale })),
);

/** The event names a KPI measure's steps match: a name, a matcher's name, or those of `anyOf`. */
function measureEventNames(measure: KpiMeasure): string[] {
  const namesOf = (step: Step): string[] =>
    typeof step === "string"
      ? [step]
      : "anyOf" in step
        ? step.anyOf.map((entry) => (typeof entry === "string" ? entry : entry.name))
        : [step.name];
  switch (measure.type) {
    case "repeat-purchase":
      return namesOf(measure.purchase ?? "purchase");
    case "reach":
      return namesOf(measure.event);
    default:
      return [...namesOf(measure.from), ...namesOf(measure.to)];
  }
}

function leafLabels(value: unknown, prefix = ""): Map<string, string> {
  const labels = new Map<string, string>();
  if (typeof value === "string") labels.set(prefix, value);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of leafLabels(child, prefix ? `${prefix}.${key}` : key)) labels.set(path, text);
    }
  }
  return labels;
}

describe.each(cases)("template $id in locale $locale", ({ id, template, locale }) => {
  const journey = fromTemplate(id, { locale });
  const { structure } = template;

  it("builds a valid journey whose id is the registry key", () => {
    expect(template.id).toBe(id);
    expect(journey.id).toBe(id);
    expect(journey.segment).toBe(structure.segment);
  });

  it("marks only stages it has as offline-only or optional", () => {
    const stageIds = journey.stages.map((stage) => stage.id);
    for (const id of [...structure.offlineOnlyStages, ...structure.optional]) expect(stageIds).toContain(id);
  });

  it("has every label it uses, and no label it does not use", () => {
    expect(checkTemplateLabels(template, locale)).toEqual({ missing: [], unused: [] });
  });

  it("gives every stage a touchpoint with an event matcher, unless the stage is marked offline-only", () => {
    for (const stage of journey.stages) {
      const measured = stage.touchpoints.some(
        (touchpointId) => (journey.touchpoints.find((t) => t.id === touchpointId)?.events.length ?? 0) > 0,
      );
      const offlineOnly = structure.offlineOnlyStages.includes(stage.id);
      expect({ stage: stage.id, measured, offlineOnly }).toEqual({
        stage: stage.id,
        measured: !offlineOnly,
        offlineOnly,
      });
    }
  });

  it("uses only GA4 recommended or automatically collected event names, or names marked as custom, in touchpoints and KPI measures", () => {
    const used = new Set([
      ...journey.touchpoints.flatMap((touchpoint) => touchpoint.events.map((event) => event.name)),
      ...journey.kpis.flatMap((kpi) => (kpi.measure ? measureEventNames(kpi.measure) : [])),
    ]);
    const custom = new Set<string>(structure.customEvents);
    for (const name of used) {
      const knownToGa4 = ga4EventKinds(name).length > 0;
      expect({ name, knownToGa4, custom: custom.has(name) }).toEqual({
        name,
        knownToGa4: !custom.has(name),
        custom: !knownToGa4,
      });
    }
    // A custom mark must be needed: no GA4 name marked custom, no mark left over.
    for (const name of custom) expect({ name, used: used.has(name) }).toEqual({ name, used: true });
  });
});

describe.each(cases.filter(({ locale }) => locale !== "en"))(
  "template $id in locale $locale, against English",
  ({ id, template, locale }) => {
    it("is translated, not copied from English", () => {
      const english = leafLabels(template.messages.en);
      const translated = leafLabels(template.messages[locale]);
      const copied = [...translated].filter(([path, text]) => english.get(path) === text);
      // Proper names, acronyms and loanwords may stay as they are; a copied table would not.
      expect(copied.length / translated.size).toBeLessThan(0.1);
      for (const stage of fromTemplate(id, { locale }).stages) {
        expect(stage.name).not.toBe(template.messages.en.stages[stage.id]?.name);
      }
    });
  },
);
