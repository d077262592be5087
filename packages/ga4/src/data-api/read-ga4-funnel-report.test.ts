import { describe, expect, it } from "vitest";
import { Ga4ReportError } from "../errors/ga4-report-error";
import { readGa4FunnelReport } from "./read-ga4-funnel-report";

const metricHeaders = [
  { name: "activeUsers", type: "TYPE_INTEGER" },
  { name: "funnelStepCompletionRate", type: "TYPE_INTEGER" },
  { name: "funnelStepAbandonments", type: "TYPE_INTEGER" },
  { name: "funnelStepAbandonmentRate", type: "TYPE_INTEGER" },
];
const row = (step: string, breakdown: string | undefined, users: number, next: number) => ({
  dimensionValues: [{ value: step }, ...(breakdown === undefined ? [] : [{ value: breakdown }])],
  metricValues: [
    { value: String(users) },
    { value: String(next / users) },
    { value: String(users - next) },
    { value: String((users - next) / users) },
  ],
});

describe("readGa4FunnelReport", () => {
  it("reads GA4's steps into the FunnelResult shape, drop-offs from GA4's abandonments", () => {
    const result = readGa4FunnelReport({
      funnelTable: {
        dimensionHeaders: [{ name: "funnelStepName" }],
        metricHeaders,
        // Rows out of step order: the step number decides.
        rows: [
          row("2. add_to_cart", undefined, 400, 100),
          row("1. view_item", undefined, 1000, 400),
          row("3. purchase", undefined, 100, 0),
        ],
      },
      kind: "analyticsData#runFunnelReport",
    });
    expect(result.steps.map((step) => [step.index, step.label, step.count])).toEqual([
      [0, "view_item", 1000],
      [1, "add_to_cart", 400],
      [2, "purchase", 100],
    ]);
    expect(
      result.steps.map((step) => [
        step.conversionFromStart,
        step.conversionFromPrevious,
        step.dropOff,
        step.dropOffRate,
      ]),
    ).toEqual([
      [1, 1, 0, 0],
      [0.4, 0.4, 600, 0.6],
      [0.1, 0.25, 300, 0.75],
    ]);
    expect(result.overallConversion).toBe(0.1);
    expect(result.biggestDropOff).toEqual({
      byCount: {
        from: 0,
        to: 1,
        fromLabel: "view_item",
        toLabel: "add_to_cart",
        dropOff: 600,
        dropOffRate: 0.6,
      },
      byRate: {
        from: 1,
        to: 2,
        fromLabel: "add_to_cart",
        toLabel: "purchase",
        dropOff: 300,
        dropOffRate: 0.75,
      },
    });
    expect(result).toMatchObject({
      countBy: "customers",
      order: "ordered",
      entry: "any",
      window: 7 * 86_400_000,
      units: 1000,
      warnings: [],
    });
    expect(result.steps.every((step) => step.timeFromPrevious === null && step.timeFromStart === null)).toBe(
      true,
    );
    expect(result.breakdown).toBeUndefined();
  });

  it("takes the totals from RESERVED_TOTAL rows and the groups from the breakdown, largest first", () => {
    const result = readGa4FunnelReport(
      {
        funnelTable: {
          dimensionHeaders: [{ name: "funnelStepName" }, { name: "deviceCategory" }],
          metricHeaders,
          rows: [
            row("1. view_item", "RESERVED_TOTAL", 1000, 400),
            row("1. view_item", "desktop", 300, 200),
            row("1. view_item", "mobile", 700, 200),
            row("2. purchase", "RESERVED_TOTAL", 400, 0),
            row("2. purchase", "desktop", 200, 0),
            row("2. purchase", "mobile", 200, 0),
          ],
        },
      },
      { window: "30d" },
    );
    expect(result.steps.map((step) => step.count)).toEqual([1000, 400]);
    expect(result.window).toBe(30 * 86_400_000);
    expect(
      result.breakdown?.map((group) => [
        group.value,
        group.steps.map((step) => step.count),
        group.overallConversion,
      ]),
    ).toEqual([
      ["mobile", [700, 200], 200 / 700],
      ["desktop", [300, 200], 200 / 300],
    ]);
  });

  it("computes rates from the counts when GA4's rate metrics were not requested", () => {
    const result = readGa4FunnelReport({
      funnelTable: {
        dimensionHeaders: [{ name: "funnelStepName" }],
        metricHeaders: [{ name: "activeUsers", type: "TYPE_INTEGER" }],
        rows: [
          { dimensionValues: [{ value: "1. signup" }], metricValues: [{ value: "50" }] },
          { dimensionValues: [{ value: "2. activate" }], metricValues: [{ value: "20" }] },
        ],
      },
    });
    expect(result.steps[1]).toMatchObject({ conversionFromPrevious: 0.4, dropOff: 30, dropOffRate: 0.6 });
  });

  it("rejects a response without a funnel table, step names or users", () => {
    expect(() => readGa4FunnelReport({ rows: [] })).toThrow(Ga4ReportError);
    expect(() =>
      readGa4FunnelReport({ funnelTable: { dimensionHeaders: [{ name: "date" }], metricHeaders } }),
    ).toThrow(/funnelStepName/);
    expect(() =>
      readGa4FunnelReport({
        funnelTable: {
          dimensionHeaders: [{ name: "funnelStepName" }],
          metricHeaders: [{ name: "eventCount" }],
        },
      }),
    ).toThrow(/activeUsers/);
  });
});
