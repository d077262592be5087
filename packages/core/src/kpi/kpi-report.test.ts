import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { defineJourney } from "../model/define-journey";
import { conversionRate } from "./conversion-rate";
import { kpiReport } from "./kpi-report";
import { nps } from "./nps";

const journey = defineJourney({
  format: "journeykit/v1",
  id: "shop",
  name: "Web shop",
  version: "1.0.0",
  kpis: [
    { id: "nps", name: "NPS", kind: "nps", unit: "score", target: 30 },
    {
      id: "checkout",
      name: "Checkout conversion",
      kind: "conversion",
      stage: "buy",
      unit: "percent",
      target: 25,
    },
    {
      id: "effort",
      name: "Effort",
      kind: "ces",
      stage: "support",
      unit: "score",
      target: 3,
      direction: "lower-is-better",
    },
    { id: "drop", name: "Drop-off", kind: "drop-off", stage: "buy", unit: "ratio" },
  ],
  stages: [
    { id: "buy", name: "Buy", order: 1, kpis: ["checkout", "drop"] },
    { id: "support", name: "Support", order: 2, kpis: ["effort"] },
    { id: "return", name: "Return", order: 3 },
  ],
});

describe("kpiReport", () => {
  it("groups KPIs by stage, journey-wide first, and counts statuses", () => {
    const report = kpiReport(journey, { checkout: conversionRate(81, 263), effort: { value: 3.4, n: 40 } });
    expect(report.journey).toBe("shop");
    expect(report.stages.map((group) => [group.stage, group.kpis.map((line) => line.id)])).toEqual([
      [null, ["nps"]],
      ["buy", ["checkout", "drop"]],
      ["support", ["effort"]],
      ["return", []],
    ]);
    expect(report.totals).toEqual({ met: 1, missed: 1, noData: 2, noTarget: 0 });
  });

  it("converts a ratio to the KPI's percent and judges it with its interval", () => {
    const line = kpiReport(journey, { checkout: conversionRate(81, 263) }).stages[1]?.kpis[0];
    expect(line?.value).toBeCloseTo(100 * (81 / 263), 10);
    expect(line?.interval?.lower).toBeCloseTo(25.53, 2);
    expect(line).toMatchObject({ n: 263, status: "met", unit: "percent", target: 25 });
    expect(line?.margin).toBeCloseTo(100 * (81 / 263) - 25, 10);
    expect(line?.clearOfTarget).toBe(true); // 25 lies below the whole interval 25.5-36.6
    const close = kpiReport(journey, { checkout: conversionRate(26, 100) }).stages[1]?.kpis[0];
    expect(close).toMatchObject({ status: "met", clearOfTarget: false });
  });

  it("respects lower-is-better: at or below the target is met", () => {
    const line = (value: number) => kpiReport(journey, { effort: { value } }).stages[2]?.kpis[0];
    expect(line(3.4)).toMatchObject({ status: "missed", clearOfTarget: null });
    expect(line(3.4)?.margin).toBeCloseTo(-0.4, 12);
    expect(line(3)?.status).toBe("met");
    expect(line(2.5)?.status).toBe("met");
  });

  it("says no-data without a measurement and no-target without a target", () => {
    const report = kpiReport(journey, { drop: { value: 0.4, unit: "ratio" }, nps: nps([10, 10, 6]) });
    expect(report.stages[1]?.kpis[1]).toMatchObject({
      id: "drop",
      status: "no-target",
      value: 0.4,
      margin: null,
    });
    expect(report.stages[0]?.kpis[0]).toMatchObject({ id: "nps", status: "met", n: 3 });
    expect(report.stages[2]?.kpis[0]).toMatchObject({
      id: "effort",
      status: "no-data",
      value: null,
      n: null,
    });
  });

  it("rejects measurements of unknown KPIs, non-finite values and units that do not convert", () => {
    expect(() => kpiReport(journey, { chekout: { value: 1 } })).toThrow(InvalidOptionError);
    expect(() => kpiReport(journey, { chekout: { value: 1 } })).toThrow(/measurements\.chekout/);
    expect(() => kpiReport(journey, { checkout: { value: Number.NaN } })).toThrow(
      /measurements\.checkout\.value/,
    );
    expect(() => kpiReport(journey, { effort: { value: 1, unit: "days" } })).toThrow(
      /measurements\.effort\.unit/,
    );
  });
});
