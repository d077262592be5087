import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTimestamp } from "./parse-timestamp";

describe("parseTimestamp", () => {
  it("reads ISO 8601 with and without offset, fraction and seconds, as UTC when no offset is given", () => {
    expect(parseTimestamp("2024-01-01")).toBe(Date.UTC(2024, 0, 1));
    expect(parseTimestamp("2024-01-01T10:00")).toBe(Date.UTC(2024, 0, 1, 10));
    expect(parseTimestamp("2024-01-01 10:00:00")).toBe(Date.UTC(2024, 0, 1, 10));
    expect(parseTimestamp("2024-01-01T10:00:00Z")).toBe(Date.UTC(2024, 0, 1, 10));
    expect(parseTimestamp("2024-01-01T11:30:00+01:30")).toBe(Date.UTC(2024, 0, 1, 10));
    expect(parseTimestamp("2024-01-01T05:00:00-0500")).toBe(Date.UTC(2024, 0, 1, 10));
    expect(parseTimestamp("2024-01-01T10:00:00.123456Z")).toBeCloseTo(Date.UTC(2024, 0, 1, 10) + 123.456, 3);
  });

  it("reads epoch milliseconds, keeping a fraction", () => {
    expect(parseTimestamp("1704103200000")).toBe(1_704_103_200_000);
    expect(parseTimestamp(" 1704103200000.5 ")).toBe(1_704_103_200_000.5);
    expect(parseTimestamp("-1000")).toBe(-1000);
  });

  it("refuses what is not a time, and dates that do not exist", () => {
    for (const cell of [
      "",
      "yesterday",
      "2024-02-30",
      "2023-02-29",
      "2024-13-01",
      "2024-01-01T24:00:00Z",
      "1e3",
      "0x10",
      "March 7, 2024",
    ]) {
      expect(parseTimestamp(cell), cell).toBeUndefined();
    }
    expect(parseTimestamp("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
  });

  it("reads back what Date#toISOString writes (fast-check)", () => {
    const dates = fc.date({
      min: new Date(Date.UTC(1000, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dates, (date) => {
        expect(parseTimestamp(date.toISOString())).toBe(date.getTime());
        expect(parseTimestamp(String(date.getTime()))).toBe(date.getTime());
      }),
      { numRuns: 200 },
    );
  });
});
