import type { KpiDefinition } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { kpiStatus } from "./journey-metrics";

const conversion: KpiDefinition = {
  id: "conv",
  name: "Conversion",
  kind: "conversion",
  target: 0.3,
  direction: "higher-is-better",
  unit: "ratio",
};
const abandonment: KpiDefinition = { ...conversion, id: "abandon", direction: "lower-is-better" };

describe("kpiStatus", () => {
  it("judges a value without an interval by the value and the direction", () => {
    expect(kpiStatus(conversion, { value: 0.3 })).toBe("on-target");
    expect(kpiStatus(conversion, { value: 0.29 })).toBe("off-target");
    expect(kpiStatus(abandonment, { value: 0.29 })).toBe("on-target");
    expect(kpiStatus(abandonment, { value: 0.31 })).toBe("off-target");
  });

  it("calls a KPI on or off target only when its whole interval is on that side", () => {
    expect(kpiStatus(conversion, { value: 0.35, interval: { lower: 0.31, upper: 0.39 } })).toBe("on-target");
    expect(kpiStatus(conversion, { value: 0.25, interval: { lower: 0.21, upper: 0.29 } })).toBe("off-target");
    expect(kpiStatus(conversion, { value: 0.32, interval: { lower: 0.28, upper: 0.36 } })).toBe("unclear");
    expect(kpiStatus(abandonment, { value: 0.32, interval: { lower: 0.28, upper: 0.36 } })).toBe("unclear");
  });

  it("says when there is nothing to judge", () => {
    expect(kpiStatus(conversion, undefined)).toBe("no-data");
    const { target: _target, ...withoutTarget } = conversion;
    expect(kpiStatus(withoutTarget, { value: 0.5 })).toBe("no-target");
  });
});
