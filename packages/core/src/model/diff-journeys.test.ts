import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyInputArbitrary } from "../../test/arbitraries/journey-input";
import { defineJourney } from "./define-journey";
import { diffJourneys } from "./diff-journeys";
import type { JourneyInput } from "./journey";

const conversion = { id: "conv", name: "Conversion", kind: "conversion", stage: "buy", target: 0.1 } as const;
const v1 = {
  format: "journeykit/v1",
  id: "shop",
  name: "Shop",
  version: "1.0.0",
  touchpoints: [{ id: "web", name: "Web", channel: "web", kind: "digital", stages: ["buy"] }],
  kpis: [conversion],
  stages: [
    { id: "look", name: "Look", order: 1 },
    { id: "buy", name: "Buy", order: 2, touchpoints: ["web"], kpis: ["conv"] },
  ],
} satisfies JourneyInput;

describe("diffJourneys", () => {
  it("is empty for a journey compared with itself", () => {
    fc.assert(
      fc.property(journeyInputArbitrary(), (input) => {
        const journey = defineJourney(input);
        expect(diffJourneys(journey, journey)).toEqual([]);
        expect(diffJourneys(journey, defineJourney(input))).toEqual([]);
      }),
    );
  });

  it("reports renames, reorders, additions, removals and field changes", () => {
    const v2 = defineJourney({
      ...v1,
      version: "1.1.0",
      personas: [{ id: "kari", name: "Kari" }],
      touchpoints: [],
      kpis: [{ ...conversion, stage: "pay", target: 0.2 }],
      stages: [
        { id: "pay", name: "Pay", order: 1, kpis: ["conv"] },
        { id: "look", name: "Browse", order: 2 },
      ],
    });
    expect(diffJourneys(defineJourney(v1), v2)).toEqual([
      { type: "changed", entity: "journey", id: "shop", fields: ["version"] },
      { type: "added", entity: "stage", id: "pay" },
      { type: "renamed", entity: "stage", id: "look", before: "Look", after: "Browse" },
      { type: "reordered", entity: "stage", id: "look", before: 1, after: 2 },
      { type: "removed", entity: "stage", id: "buy" },
      { type: "removed", entity: "touchpoint", id: "web" },
      { type: "added", entity: "persona", id: "kari" },
      { type: "changed", entity: "kpi", id: "conv", fields: ["stage", "target"] },
    ]);
  });
});
