import { defineJourney, kpiReport } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { displayStatus, type JourneyMetrics } from "./journey-metrics";

const journey = defineJourney({
  format: "journeykit/v1",
  id: "shop",
  name: "Shop",
  version: "1",
  kpis: [
    { id: "conv", name: "Conversion", kind: "conversion", target: 0.3 },
    { id: "abandon", name: "Abandonment", kind: "drop-off", target: 0.3, direction: "lower-is-better" },
    { id: "free", name: "No target", kind: "custom" },
  ],
  stages: [{ id: "buy", name: "Buy", order: 1 }],
});
const statuses = (metrics: JourneyMetrics) =>
  Object.fromEntries(
    kpiReport(journey, metrics).stages.flatMap((stage) =>
      stage.kpis.map((line) => [line.id, displayStatus(line)]),
    ),
  );

describe("displayStatus", () => {
  it("judges a value without an interval by the value and the KPI's direction", () => {
    expect(statuses({ conv: { value: 0.3 }, abandon: { value: 0.31 } })).toEqual({
      conv: "on-target",
      abandon: "off-target",
      free: "no-data",
    });
  });

  it("calls a KPI on or off target only when its whole interval is on that side", () => {
    expect(
      statuses({
        conv: { value: 0.35, interval: { lower: 0.31, upper: 0.39 } },
        abandon: { value: 0.25, interval: { lower: 0.2, upper: 0.32 } },
        free: { value: 1 },
      }),
    ).toEqual({ conv: "on-target", abandon: "unclear", free: "no-target" });
    expect(statuses({ conv: { value: 0.25, interval: { lower: 0.21, upper: 0.29 } } }).conv).toBe(
      "off-target",
    );
  });
});
