// The real runReport response in ../shared/fixtures/ga4 (from google/site-kit-wp), read with its
// totals; expectations written by hand from the file.
import { describe, expect, it } from "vitest";
import { readGa4Report } from "../src/index";
import {
  requireSharedFixturesOnCi,
  sharedFixture,
  sharedFixturesFound,
  sharedFixturesMissing,
} from "./shared-fixtures";

requireSharedFixturesOnCi();

describe.skipIf(!sharedFixturesFound)(
  `real Data API report (${sharedFixturesFound ? "found" : sharedFixturesMissing})`,
  () => {
    it("reads the rows, totals, maximums and minimums apart, with TYPE_SECONDS as numbers", () => {
      const report = readGa4Report(sharedFixture("data-api-run-report-sitekit.json"));
      expect(report.dimensions).toEqual(["date"]);
      expect(report.metrics).toEqual([{ name: "userEngagementDuration", type: "TYPE_SECONDS" }]);
      expect(report.rows).toEqual([{ date: "20230110", userEngagementDuration: 5568 }]);
      expect(report.totals).toEqual([{ date: "RESERVED_TOTAL", userEngagementDuration: 542731 }]);
      expect(report.maximums).toEqual([{ date: "RESERVED_MAX", userEngagementDuration: 5568 }]);
      expect(report.minimums).toEqual([{ date: "RESERVED_MIN", userEngagementDuration: 0 }]);
      expect(report.currencyCode).toBe("USD");
      expect(report.timeZone).toBe("America/Los_Angeles");
    });

    it("warns that the response is one page: 1 row of a rowCount of 364", () => {
      const report = readGa4Report(sharedFixture("data-api-run-report-sitekit.json"));
      expect(report.rowCount).toBe(364);
      expect(report.warnings).toHaveLength(1);
      expect(report.warnings[0]).toMatch(/1 of 364 rows/);
    });
  },
);
