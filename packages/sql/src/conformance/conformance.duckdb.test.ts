// conformance compiled to DuckDB SQL against conformance() in memory over the same GA4 export
// rows: every option (entry, optional stages, each ambiguousStage rule, unrecognised as a
// deviation, ignored events, top) on generated journeys whose touchpoints overlap.
import { type ConformanceOptions, conformance } from "@journeykit/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportRowsArbitrary, NAMES, toNdjson } from "../../../ga4/test/ga4-export-rows";
import { journeyArbitrary, STAGES } from "../../../ga4/test/journey-arbitrary";
import { type DuckDbExport, openDuckDbExport } from "../../test/duckdb-export";
import { readLog } from "../../test/in-memory-log";
import { hasTrafficTies } from "../../test/traffic-ties";
import { fromSqlRows } from "../from-sql-rows/from-sql-rows";
import { toSql } from "../to-sql/to-sql";

let duck: DuckDbExport;
beforeAll(async () => {
  duck = await openDuckDbExport();
});
afterAll(() => duck.close());

const options: fc.Arbitrary<ConformanceOptions> = fc.record(
  {
    entry: fc.constantFrom("any", "first"),
    optional: fc.subarray([...STAGES]),
    ambiguousStage: fc.constantFrom("nearest", "earliest", "latest"),
    unrecognised: fc.constantFrom("report", "deviation"),
    ignore: fc.array(fc.constantFrom(...NAMES), { maxLength: 1 }),
    top: fc.integer({ min: 1, max: 3 }),
  },
  { requiredKeys: [] },
);

describe("conformance in DuckDB SQL", () => {
  it("equals conformance() in memory over the same export rows", async () => {
    await fc.assert(
      fc.asyncProperty(
        exportRowsArbitrary,
        journeyArbitrary,
        options,
        async (rows, journey, conformanceOptions) => {
          // A matcher on medium may see tied events in another order (docs/guides/bigquery.md).
          if (JSON.stringify(journey).includes('"medium"') && hasTrafficTies(rows)) return;
          const ndjson = toNdjson(rows);
          await duck.load(ndjson);
          const query = { analysis: "conformance", journey, options: conformanceOptions } as const;
          const fromSql = fromSqlRows(
            query,
            await duck.run(toSql(query, { dialect: "duckdb", table: "ga4_events" })),
          );
          expect(fromSql).toEqual(conformance(journey, await readLog(ndjson), conformanceOptions));
        },
      ),
      { numRuns: 120 },
    );
  });
});
