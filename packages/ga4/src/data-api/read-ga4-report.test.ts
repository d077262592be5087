import { describe, expect, it } from "vitest";
import { Ga4ReportError } from "../errors/ga4-report-error";
import { readGa4Report } from "./read-ga4-report";

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

const twoRanges = {
  dimensionHeaders: [{ name: "sessionDefaultChannelGroup" }, { name: "dateRange" }],
  metricHeaders: [
    { name: "sessions", type: "TYPE_INTEGER" },
    { name: "engagementRate", type: "TYPE_FLOAT" },
    { name: "averageSessionDuration", type: "TYPE_SECONDS" },
    { name: "totalRevenue", type: "TYPE_CURRENCY" },
  ],
  rows: [
    {
      dimensionValues: [{ value: "Organic Search" }, { value: "date_range_0" }],
      metricValues: [{ value: "120" }, { value: "0.625" }, { value: "93.5" }, { value: "1499.9" }],
    },
    {
      dimensionValues: [{ value: "Direct" }, { value: "date_range_0" }],
      metricValues: [{ value: "80" }, { value: "0.5" }, {}, { value: "0" }],
    },
  ],
  totals: [
    {
      dimensionValues: [{ value: "RESERVED_TOTAL" }, { value: "date_range_0" }],
      metricValues: [{ value: "200" }, { value: "0.575" }, { value: "80.1" }, { value: "1499.9" }],
    },
  ],
  rowCount: 2,
  metadata: {
    subjectToThresholding: true,
    dataLossFromOtherRow: true,
    currencyCode: "NOK",
    timeZone: "Europe/Oslo",
  },
  kind: "analyticsData#runReport",
};

describe("readGa4Report", () => {
  it("types every metric as a number, and an empty value as null", () => {
    const report = readGa4Report(twoRanges);
    expect(report.rows).toEqual([
      {
        sessionDefaultChannelGroup: "Organic Search",
        dateRange: "date_range_0",
        sessions: 120,
        engagementRate: 0.625,
        averageSessionDuration: 93.5,
        totalRevenue: 1499.9,
      },
      {
        sessionDefaultChannelGroup: "Direct",
        dateRange: "date_range_0",
        sessions: 80,
        engagementRate: 0.5,
        averageSessionDuration: null,
        totalRevenue: 0,
      },
    ]);
    expect(report.totals).toEqual([
      {
        sessionDefaultChannelGroup: "RESERVED_TOTAL",
        dateRange: "date_range_0",
        sessions: 200,
        engagementRate: 0.575,
        averageSessionDuration: 80.1,
        totalRevenue: 1499.9,
      },
    ]);
    expect(report.maximums).toEqual([]);
    expect(report.currencyCode).toBe("NOK");
  });

  it("surfaces thresholding and the (other) row as warnings, and no paging warning when all rows are there", () => {
    const warnings = readGa4Report(twoRanges).warnings;
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^Thresholding was applied/);
    expect(warnings[1]).toMatch(/"\(other\)" row/);
  });

  it("reads JSON text the same as the parsed object", () => {
    expect(readGa4Report(JSON.stringify(twoRanges))).toEqual(readGa4Report(twoRanges));
  });

  it("reads an empty report and says why it is empty", () => {
    const report = readGa4Report({ metadata: { emptyReason: "NO_DATA" }, kind: "analyticsData#runReport" });
    expect(report.rows).toEqual([]);
    expect(report.rowCount).toBe(0);
    expect(report.warnings).toEqual(["The report is empty: NO_DATA."]);
  });

  it("names the field when the response is not a runReport response", () => {
    const notJson = errorOf(() => readGa4Report("{rows:"));
    expect(Ga4ReportError.isInstance(notJson) && notJson.path).toBe("");
    const wrongRows = errorOf(() => readGa4Report({ rows: "none" }));
    expect(Ga4ReportError.isInstance(wrongRows) && wrongRows.path).toBe("rows");
    const notNumber = errorOf(() =>
      readGa4Report({
        ...twoRanges,
        rows: [
          {
            dimensionValues: [{ value: "x" }, { value: "y" }],
            metricValues: [{ value: "12" }, { value: "lots" }, {}, {}],
          },
        ],
      }),
    );
    expect(Ga4ReportError.isInstance(notNumber) && notNumber.path).toBe("rows[0].metricValues[1].value");
    const short = errorOf(() =>
      readGa4Report({ ...twoRanges, rows: [{ dimensionValues: [{ value: "x" }], metricValues: [] }] }),
    );
    expect(Ga4ReportError.isInstance(short) && short.path).toBe("rows[0].dimensionValues");
  });

  it("keeps a dimension named __proto__ as a plain own property", () => {
    const report = readGa4Report({
      dimensionHeaders: [{ name: "__proto__" }],
      metricHeaders: [{ name: "constructor", type: "TYPE_INTEGER" }],
      rows: [{ dimensionValues: [{ value: "polluted" }], metricValues: [{ value: "1" }] }],
    });
    const row = report.rows[0] ?? {};
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(row, "__proto__")?.value).toBe("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
