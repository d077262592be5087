import { JourneykitError } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { b2cEcommerce } from "./b2c-ecommerce/b2c-ecommerce";
import { TemplateOptionsError } from "./errors/template-options-error";
import { UnknownTemplateError } from "./errors/unknown-template-error";
import { fromTemplate } from "./from-template";
import { templates } from "./registry";

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (TemplateOptionsError.isInstance(error)) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  throw new Error("expected the options to be rejected");
}

const chat = {
  id: "phone",
  name: "Phone orders",
  channel: "phone",
  kind: "physical",
  stages: ["purchase", "service"],
} as const;

describe("fromTemplate", () => {
  it("builds the English journey by default, the same as the exported constant", () => {
    expect(fromTemplate("b2c-ecommerce")).toEqual(b2cEcommerce);
    expect(Object.isFrozen(b2cEcommerce)).toBe(true);
  });

  it("labels the seeds' stage names in Norwegian Bokmål and Danish", () => {
    const names = (locale: "nb" | "da") =>
      fromTemplate("b2c-ecommerce", { locale }).stages.map((s) => s.name);
    expect(names("nb")).toEqual(["Bevissthet", "Vurdering", "Kjøp", "Oppfølging", "Lojalitet"]);
    expect(names("da")).toEqual(["Opmærksomhed", "Overvejelse", "Køb", "Brugeroplevelse", "Loyalitet"]);
  });

  it("renames a stage, changes a KPI target and the journey's own fields", () => {
    const journey = fromTemplate("b2c-ecommerce", {
      overrides: {
        id: "my-shop",
        name: "My shop",
        stages: { purchase: { name: "Checkout", goal: "Pay in one minute" } },
        kpis: { "cart-abandonment": { target: 0.55 } },
      },
    });
    expect(journey.id).toBe("my-shop");
    expect(journey.name).toBe("My shop");
    const purchase = journey.stages.find((stage) => stage.id === "purchase");
    expect(purchase?.name).toBe("Checkout");
    expect(purchase?.goal).toBe("Pay in one minute");
    expect(purchase?.steps).toEqual(b2cEcommerce.stages.find((stage) => stage.id === "purchase")?.steps);
    expect(journey.kpis.find((kpi) => kpi.id === "cart-abandonment")?.target).toBe(0.55);
  });

  it("drops a touchpoint from the journey and from its stages", () => {
    const journey = fromTemplate("b2c-ecommerce", { overrides: { dropTouchpoints: ["social-media"] } });
    expect(journey.touchpoints.map((t) => t.id)).not.toContain("social-media");
    expect(journey.stages.find((stage) => stage.id === "awareness")?.touchpoints).toEqual([
      "paid-ads",
      "organic-search",
      "first-visit",
    ]);
  });

  it("adds a touchpoint and lists it in the stages it names", () => {
    const journey = fromTemplate("b2c-ecommerce", { overrides: { addTouchpoints: [chat] } });
    expect(journey.touchpoints.at(-1)).toMatchObject({
      id: "phone",
      stages: ["purchase", "service"],
      events: [],
    });
    for (const stageId of ["purchase", "service"]) {
      expect(journey.stages.find((stage) => stage.id === stageId)?.touchpoints).toContain("phone");
    }
  });

  it("replaces a touchpoint's event matchers, maps a new KPI to its stage and drops another", () => {
    const journey = fromTemplate("b2c-ecommerce", {
      overrides: {
        touchpoints: { "customer-service": { events: [{ name: "zendesk_chat_started" }] } },
        addKpis: [
          { id: "first-reply", name: "First reply time", kind: "custom", stage: "service", unit: "seconds" },
        ],
        dropKpis: ["refund-rate"],
      },
    });
    expect(journey.touchpoints.find((t) => t.id === "customer-service")?.events).toEqual([
      { name: "zendesk_chat_started" },
    ]);
    expect(journey.stages.find((stage) => stage.id === "service")?.kpis).toEqual([
      "delivery-csat",
      "contact-rate",
      "first-reply",
    ]);
    expect(journey.kpis.map((kpi) => kpi.id)).not.toContain("refund-rate");
  });

  it("never changes the template: each call starts from the same data", () => {
    fromTemplate("b2c-ecommerce", {
      overrides: {
        stages: { awareness: { name: "Reach" } },
        dropTouchpoints: ["paid-ads"],
        addTouchpoints: [chat],
      },
    });
    expect(fromTemplate("b2c-ecommerce")).toEqual(b2cEcommerce);
  });

  it("fails on an override of the wrong type with the path of the field", () => {
    const overrides = { kpis: { "cart-abandonment": { target: "low" } } } as never;
    expect(issuesOf(() => fromTemplate("b2c-ecommerce", { overrides }))).toEqual([
      { code: "invalid_type", path: ["overrides", "kpis", "cart-abandonment", "target"] },
    ]);
  });

  it("fails on unknown options, locales and override keys with their paths", () => {
    expect(issuesOf(() => fromTemplate("b2c-ecommerce", { locale: "sv" } as never))).toEqual([
      { code: "invalid_value", path: ["locale"] },
    ]);
    expect(issuesOf(() => fromTemplate("b2c-ecommerce", { overrides: { stage: {} } } as never))).toEqual([
      { code: "unrecognized_keys", path: ["overrides"] },
    ]);
    const badEvents = { touchpoints: { cart: { events: [{ name: "" }] } } };
    expect(issuesOf(() => fromTemplate("b2c-ecommerce", { overrides: badEvents }))).toEqual([
      { code: "too_small", path: ["overrides", "touchpoints", "cart", "events", 0, "name"] },
    ]);
  });

  it("reports every id the overrides name that the template lacks, at once, with paths", () => {
    const run = () =>
      fromTemplate("b2c-ecommerce", {
        overrides: {
          stages: { checkout: { name: "Checkout" } },
          touchpoints: { tiktok: { name: "TikTok" }, "paid-ads": { name: "Ads" } },
          dropTouchpoints: ["paid-ads", "billboards"],
          addTouchpoints: [
            { ...chat, stages: ["purchase", "aftercare"] },
            { ...chat, id: "cart" },
          ],
          kpis: { aov: { target: 800 } },
          addKpis: [{ id: "nps", name: "NPS again", kind: "nps", stage: "after" }],
        },
      });
    expect(issuesOf(run)).toEqual([
      { code: "unknown_stage", path: ["overrides", "stages", "checkout"] },
      { code: "unknown_touchpoint", path: ["overrides", "dropTouchpoints", 1] },
      { code: "unknown_touchpoint", path: ["overrides", "touchpoints", "tiktok"] },
      { code: "conflicting_override", path: ["overrides", "touchpoints", "paid-ads"] },
      { code: "unknown_stage", path: ["overrides", "addTouchpoints", 0, "stages", 1] },
      { code: "duplicate_id", path: ["overrides", "addTouchpoints", 1, "id"] },
      { code: "unknown_kpi", path: ["overrides", "kpis", "aov"] },
      { code: "duplicate_id", path: ["overrides", "addKpis", 0, "id"] },
      { code: "unknown_stage", path: ["overrides", "addKpis", 0, "stage"] },
    ]);
  });

  it("names the path and the fix in the error message", () => {
    let thrown: unknown;
    try {
      fromTemplate("b2c-ecommerce", { overrides: { stages: { checkout: { name: "Checkout" } } } });
    } catch (error) {
      thrown = error;
    }
    expect(TemplateOptionsError.isInstance(thrown)).toBe(true);
    expect(JourneykitError.isInstance(thrown)).toBe(true);
    const error = thrown as TemplateOptionsError;
    expect(error.code).toBe("TEMPLATE_OPTIONS");
    expect(error.message).toContain("overrides.stages.checkout");
    expect(error.message).toContain("awareness, consideration, purchase, service, loyalty");
  });

  it("rejects an unknown template id with the list of known ones", () => {
    let thrown: unknown;
    try {
      fromTemplate("b2c-shop");
    } catch (error) {
      thrown = error;
    }
    expect(UnknownTemplateError.isInstance(thrown)).toBe(true);
    expect(TemplateOptionsError.isInstance(thrown)).toBe(false);
    expect((thrown as UnknownTemplateError).knownTemplates).toEqual(Object.keys(templates));
    // Inherited object keys are not templates.
    expect(() => fromTemplate("toString")).toThrow(/no journey template "toString"/);
  });

  it("gives a valid journey for any choice of dropped touchpoints and new KPI targets", () => {
    const template = templates["b2c-ecommerce"];
    const touchpointIds = template.structure.touchpoints.map((t) => t.id);
    const kpiIds = template.structure.kpis.map((kpi) => kpi.id);
    fc.assert(
      fc.property(
        fc.subarray(touchpointIds),
        fc.dictionary(
          fc.constantFrom(...kpiIds),
          fc.record({ target: fc.double({ noNaN: true, min: -1e6, max: 1e6 }) }),
        ),
        fc.constantFrom("en", "nb", "da" as const),
        (dropTouchpoints, kpis, locale) => {
          const journey = fromTemplate("b2c-ecommerce", { locale, overrides: { dropTouchpoints, kpis } });
          const kept = journey.touchpoints.map((t) => t.id);
          expect(kept).toEqual(touchpointIds.filter((id) => !dropTouchpoints.includes(id)));
          for (const stage of journey.stages)
            expect(stage.touchpoints.every((id) => kept.includes(id))).toBe(true);
          for (const [kpiId, { target }] of Object.entries(kpis)) {
            expect(journey.kpis.find((kpi) => kpi.id === kpiId)?.target).toBe(target);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("answers any JSON given as options with a journey or a TemplateOptionsError, never a raw error", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(templates)),
        fc.jsonValue(),
        fc.jsonValue(),
        (id, locale, overrides) => {
          try {
            fromTemplate(id, { locale, overrides } as never);
          } catch (error) {
            expect(TemplateOptionsError.isInstance(error)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
