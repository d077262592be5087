import type { Journey } from "@journeykit/core";
import { describe, expectTypeOf, it } from "vitest";
import { fromTemplate } from "../from-template";
import type { TemplateOverrides } from "../overrides/template-overrides";
import type { TemplateId } from "../registry";
import type { JourneyTemplate, TemplateMessages, TemplateStructure } from "./journey-template";

const structure = {
  id: "tiny",
  version: "1.0.0",
  segment: "b2c",
  tags: [],
  teams: ["web"],
  customEvents: [],
  offlineOnlyStages: [],
  optional: [],
  personas: [],
  touchpoints: [{ id: "checkout", channel: "web", kind: "digital", events: [{ name: "purchase" }] }],
  kpis: [],
  stages: [
    {
      id: "buy",
      order: 1,
      steps: ["pay"],
      touchpoints: ["checkout"],
      emotions: {},
      painPoints: [{ id: "slow", severity: 2 }],
      opportunities: [],
      kpis: [],
      owners: ["web"],
      blueprint: {
        physicalEvidence: [],
        customerActions: [],
        frontstage: [],
        backstage: [],
        supportProcesses: [],
      },
    },
  ],
} as const satisfies TemplateStructure;

const blueprint = {
  physicalEvidence: {},
  customerActions: {},
  frontstage: {},
  backstage: {},
  supportProcesses: {},
};
const complete = {
  journey: { name: "Tiny", description: "A tiny shop" },
  profile: { decisionProcess: "Alone", touchpoints: "Web", relationship: "Short" },
  teams: { web: "Web team" },
  customEvents: {},
  personas: {},
  touchpoints: { checkout: { name: "Checkout", description: "Pay" } },
  kpis: {},
  stages: {
    buy: {
      name: "Buy",
      goal: "Pay",
      description: "Paying",
      steps: { pay: "Pays" },
      painPoints: { slow: "Slow" },
      opportunities: {},
      blueprint,
    },
  },
};

describe("template types", () => {
  it("requires a label for every id of the structure, and only those", () => {
    expectTypeOf(complete).toExtend<TemplateMessages<typeof structure>>();
    const { pay: _pay, ...noSteps } = complete.stages.buy.steps;
    const missingStep = { ...complete, stages: { buy: { ...complete.stages.buy, steps: noSteps } } };
    expectTypeOf(missingStep).not.toExtend<TemplateMessages<typeof structure>>();
    const misspelt = { ...complete, touchpoints: { chekout: { name: "Checkout", description: "Pay" } } };
    expectTypeOf(misspelt).not.toExtend<TemplateMessages<typeof structure>>();
  });

  it("accepts a specific template wherever any template is expected", () => {
    expectTypeOf<JourneyTemplate<typeof structure>>().toExtend<JourneyTemplate>();
  });

  it("knows the registry's ids and returns a journey", () => {
    expectTypeOf<TemplateId>().toEqualTypeOf<
      "b2c-ecommerce" | "b2c-subscription" | "b2b-lead-generation" | "b2b-saas-trial"
    >();
    expectTypeOf(fromTemplate("b2b-saas-trial", { locale: "da" })).toEqualTypeOf<Journey>();
    // @ts-expect-error "sv" is not a template locale
    fromTemplate("b2c-ecommerce", { locale: "sv" });
  });

  it("accepts overrides written as const literals", () => {
    const overrides = {
      dropTouchpoints: ["social-media"],
      addTouchpoints: [
        { id: "tiktok", name: "TikTok", channel: "social", kind: "digital", stages: ["awareness"] },
      ],
    } as const;
    expectTypeOf(overrides).toExtend<TemplateOverrides>();
  });
});
