// directlyFollows and pathVariants compiled to DuckDB SQL against the in-memory functions over the
// same GA4 export rows (read by @journeykit/ga4): for every option the SQL supports, the results
// must be identical. fast-check makes the rows: ties on one microsecond ordered by the batch
// columns, repeats, duplicated rows, consent-mode rows, params whose type drifts.
import { directlyFollows, type PathVariantsOptions, pathVariants } from "@journeykit/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportRowsArbitrary, NAMES, toNdjson } from "../../../ga4/test/ga4-export-rows";
import { type DuckDbExport, openDuckDbExport } from "../../test/duckdb-export";
import { readLog } from "../../test/in-memory-log";
import { fromSqlRows } from "../from-sql-rows/from-sql-rows";
import { toSql } from "../to-sql/to-sql";

let duck: DuckDbExport;
beforeAll(async () => {
  duck = await openDuckDbExport();
});
afterAll(() => duck.close());

const identity = fc.constantFrom("pseudo", "user-id", "stitched") as fc.Arbitrary<
  "pseudo" | "user-id" | "stitched"
>;
type InputStep = NonNullable<PathVariantsOptions["startAt"]>;
const step: fc.Arbitrary<InputStep> = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.record({ name: fc.constantFrom(...NAMES), where: fc.constant({ page: { prefix: "/x" } }) }),
  fc.record({
    name: fc.constantFrom(...NAMES),
    where: fc.constant({ n: { oneOf: [1, "2", null] as (number | string | null)[] } }),
  }),
  fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 }).map((anyOf) => ({ anyOf })),
  fc.record({
    name: fc.constantFrom(...NAMES),
    medium: fc.constant({ oneOf: ["cpc", "email"] as string[] }),
  }),
  fc.record({ name: fc.constantFrom(...NAMES), source: fc.constant({ prefix: "goo" }) }),
);
const trafficSource = fc.constantFrom("event", "user") as fc.Arbitrary<"event" | "user">;

describe("directlyFollows in DuckDB SQL", () => {
  it("equals directlyFollows() in memory over the same export rows", async () => {
    await fc.assert(
      fc.asyncProperty(exportRowsArbitrary, identity, fc.boolean(), async (rows, who, withinSessions) => {
        const ndjson = toNdjson(rows);
        await duck.load(ndjson);
        const query = { analysis: "directlyFollows", options: { withinSessions } } as const;
        const sql = toSql(query, { dialect: "duckdb", table: "ga4_events", identity: who });
        const fromSql = fromSqlRows(query, await duck.run(sql));
        expect(fromSql).toEqual(directlyFollows(await readLog(ndjson, who), { withinSessions }));
      }),
      { numRuns: 80 },
    );
  });
});

describe("pathVariants in DuckDB SQL", () => {
  it("equals pathVariants() in memory over the same export rows", async () => {
    const options: fc.Arbitrary<PathVariantsOptions> = fc.record(
      {
        startAt: step,
        endAt: step,
        maxSteps: fc.integer({ min: 1, max: 4 }),
        top: fc.integer({ min: 1, max: 4 }),
        collapseRepeats: fc.boolean(),
        ignore: fc.array(step, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        exportRowsArbitrary,
        identity,
        trafficSource,
        options,
        async (rows, who, scope, pathOptions) => {
          const ndjson = toNdjson(rows);
          await duck.load(ndjson);
          const query = { analysis: "pathVariants", options: pathOptions } as const;
          const sql = toSql(query, {
            dialect: "duckdb",
            table: "ga4_events",
            identity: who,
            trafficSource: scope,
          });
          const fromSql = fromSqlRows(query, await duck.run(sql));
          expect(fromSql).toEqual(pathVariants(await readLog(ndjson, who, scope), pathOptions));
        },
      ),
      { numRuns: 80 },
    );
  });
});
