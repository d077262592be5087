// stageFunnel compiled to DuckDB SQL against stageFunnel() in memory over the same GA4 export
// rows, on generated journeys: stages as OR-steps over their touchpoints' matchers (which may
// overlap), optional stages, per-stage `within`, every order and countBy.
import { InvalidOptionError, type StageFunnelOptions, stageFunnel } from "@journeykit/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportRowsOf, toNdjson } from "../../../ga4/test/ga4-export-rows";
import { journeyArbitrary, STAGES } from "../../../ga4/test/journey-arbitrary";
import { type DuckDbExport, openDuckDbExport } from "../../test/duckdb-export";
import { readLog } from "../../test/in-memory-log";
import { roundMeans } from "../../test/round-means";
import { hasTrafficTies } from "../../test/traffic-ties";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";
import { fromSqlRows } from "../from-sql-rows/from-sql-rows";
import { toSql } from "../to-sql/to-sql";

let duck: DuckDbExport;
beforeAll(async () => {
  duck = await openDuckDbExport();
});
afterAll(() => duck.close());

const MINUTE = 60_000;

const options: fc.Arbitrary<StageFunnelOptions> = fc.record(
  {
    optional: fc.subarray([...STAGES.slice(1)], { maxLength: 1 }),
    within: fc.constantFrom({}, { buy: 2 * MINUTE }),
    order: fc.constantFrom("ordered", "strict"),
    entry: fc.constantFrom("any", "first"),
    countBy: fc.constantFrom("customers", "sessions"),
    window: fc.constantFrom<StageFunnelOptions["window"]>(2 * MINUTE, "1d"),
  },
  { requiredKeys: [] },
);

describe("stageFunnel in DuckDB SQL", () => {
  it("equals stageFunnel() in memory over the same export rows", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        exportRowsOf({ customers: 2, minutes: 5, minRows: 10, maxRows: 30 }),
        journeyArbitrary,
        options,
        async (rows, journey, stageOptions) => {
          // A matcher on medium may see tied events in another order (docs/guides/bigquery.md).
          if (JSON.stringify(journey).includes('"medium"') && hasTrafficTies(rows)) return;
          const ndjson = toNdjson(rows);
          const query = { analysis: "stageFunnel", journey, options: stageOptions } as const;
          let expected: unknown;
          try {
            expected = stageFunnel(journey, await readLog(ndjson), stageOptions);
          } catch (error) {
            if (!InvalidOptionError.isInstance(error)) throw error;
            if (error.option !== "countBy") {
              expect(() => toSql(query, { dialect: "duckdb", table: "ga4_events" })).toThrow(error.message);
            }
            return;
          }
          let statement: ReturnType<typeof toSql>;
          try {
            statement = toSql(query, { dialect: "duckdb", table: "ga4_events" });
          } catch (error) {
            if (UnsupportedQueryError.isInstance(error)) return;
            throw error;
          }
          await duck.load(ndjson);
          expect(roundMeans(fromSqlRows(query, await duck.run(statement)))).toEqual(roundMeans(expected));
          compared += 1;
        },
      ),
      { numRuns: 100 },
    );
    expect(compared).toBeGreaterThan(30);
  });
});
