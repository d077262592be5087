import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyInputArbitrary } from "../../test/arbitraries/journey-input";
import { JourneyValidationError } from "../errors/journey-validation-error";
import { JourneykitError } from "../errors/journeykit-error";
import { defineJourney } from "./define-journey";
import type { JourneyInput } from "./journey";
import { safeParseJourney } from "./safe-parse-journey";

const web = { id: "web", name: "Web shop", channel: "web", kind: "digital", stages: ["buy"] } as const;
const conv = { id: "conv", name: "Conversion", kind: "conversion", stage: "buy" } as const;
const look = { id: "look", name: "Look", order: 1, emotions: { kari: 1 } };
const buy = { id: "buy", name: "Buy", order: 2, touchpoints: ["web"], kpis: ["conv"] };
const base = {
  format: "journeykit/v1",
  id: "shop",
  name: "Shop",
  version: "1.0.0",
  personas: [{ id: "kari", name: "Kari" }],
  touchpoints: [web],
  kpis: [conv],
  stages: [look, buy],
} satisfies JourneyInput;

function issuesOf(input: unknown) {
  const result = safeParseJourney(input);
  if (result.success) throw new Error("expected the journey to be rejected");
  return result.issues.map(({ code, path }) => ({ code, path }));
}

describe("defineJourney", () => {
  it("accepts a valid journey and fills in defaults", () => {
    const journey = defineJourney(base);
    expect(journey.status).toBe("draft");
    expect(journey.stages[0]?.painPoints).toEqual([]);
    expect(journey.touchpoints[0]?.events).toEqual([]);
  });

  it("sorts stages by order and freezes the result", () => {
    const journey = defineJourney({ ...base, stages: [...base.stages].reverse() });
    expect(journey.stages.map((stage) => stage.id)).toEqual(["look", "buy"]);
    expect(Object.isFrozen(journey)).toBe(true);
    expect(Object.isFrozen(journey.stages[0]?.emotions)).toBe(true);
  });

  it("rejects a touchpoint pointing at an unknown stage, with path and code", () => {
    const input = {
      ...base,
      touchpoints: [{ ...web, stages: ["buy", "checkout"] }],
    };
    expect(issuesOf(input)).toEqual([{ code: "unknown_stage", path: ["touchpoints", 0, "stages", 1] }]);
  });

  it("rejects duplicate ids in every collection", () => {
    const input = {
      ...base,
      personas: [...base.personas, { id: "kari", name: "Kari again" }],
      stages: [...base.stages, { id: "look", name: "Look again", order: 3 }],
    };
    expect(issuesOf(input)).toEqual([
      { code: "duplicate_id", path: ["stages", 2, "id"] },
      { code: "duplicate_id", path: ["personas", 1, "id"] },
    ]);
  });

  it("rejects an emotion score outside -2..+2", () => {
    const input = { ...base, stages: [{ ...look, emotions: { kari: 3 } }, buy] };
    expect(issuesOf(input)).toEqual([{ code: "too_big", path: ["stages", 0, "emotions", "kari"] }]);
  });

  it("rejects a KPI on an unknown stage", () => {
    const input = { ...base, kpis: [{ ...conv, stage: "nowhere" }] };
    expect(issuesOf(input)).toEqual([{ code: "unknown_stage", path: ["kpis", 0, "stage"] }]);
  });

  it("rejects references to unknown touchpoints, KPIs and personas", () => {
    const input = {
      ...base,
      stages: [{ ...look, touchpoints: ["app"], kpis: ["nps"], emotions: { ola: 1 } }, buy],
    };
    expect(issuesOf(input)).toEqual([
      { code: "unknown_touchpoint", path: ["stages", 0, "touchpoints", 0] },
      { code: "unknown_kpi", path: ["stages", 0, "kpis", 0] },
      { code: "unknown_persona", path: ["stages", 0, "emotions", "ola"] },
    ]);
  });

  it("rejects stages and touchpoints that disagree about each other", () => {
    const input = { ...base, stages: [look, { ...buy, touchpoints: [] }] };
    expect(issuesOf(input)).toEqual([
      { code: "inconsistent_reference", path: ["touchpoints", 0, "stages", 0] },
    ]);
  });

  it("rejects stage orders with gaps or repeats", () => {
    const gap = { ...base, stages: [look, { ...buy, order: 3 }] };
    expect(issuesOf(gap)).toEqual([{ code: "stage_order_gap", path: ["stages", 1, "order"] }]);
    const repeat = { ...base, stages: [look, { ...buy, order: 1 }] };
    expect(issuesOf(repeat)).toEqual([{ code: "stage_order_gap", path: ["stages", 1, "order"] }]);
  });

  it("reports schema problems with zod's codes and exact paths", () => {
    expect(issuesOf({ ...base, format: "journeykit/v0" })).toEqual([
      { code: "invalid_value", path: ["format"] },
    ]);
    expect(issuesOf({ ...base, stages: [] })).toEqual([{ code: "too_small", path: ["stages"] }]);
    expect(issuesOf(null)).toEqual([{ code: "invalid_type", path: [] }]);
  });

  it("throws a typed error whose message names each path", () => {
    const input = { ...base, kpis: [{ ...conv, stage: "nowhere" }] };
    let thrown: unknown;
    try {
      defineJourney(input);
    } catch (error) {
      thrown = error;
    }
    expect(JourneyValidationError.isInstance(thrown)).toBe(true);
    expect(JourneykitError.isInstance(thrown)).toBe(true);
    const error = thrown as JourneyValidationError;
    expect(error.code).toBe("JOURNEY_VALIDATION");
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain("kpis[0].stage");
    expect(error.message).toContain('"nowhere"');
  });

  it("round-trips every valid journey through JSON unchanged", () => {
    fc.assert(
      fc.property(journeyInputArbitrary(), (input) => {
        const journey = defineJourney(input);
        const again = defineJourney(JSON.parse(JSON.stringify(journey)));
        expect(again).toEqual(journey);
      }),
    );
  });

  it("never throws anything but a JourneyValidationError on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParseJourney(value);
        expect(result.success).toBe(false);
      }),
    );
  });
});
