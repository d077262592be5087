// Worked examples, computed by hand, run through the DuckDB dialect and in memory: both must give
// the hand-computed answer. They pin down the parts of the semantics that random data reaches
// least often.
import { directlyFollows, type FunnelOptions, funnel } from "@journeykit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExportRow, toNdjson } from "../../../ga4/test/ga4-export-rows";
import { type DuckDbExport, openDuckDbExport } from "../../test/duckdb-export";
import { exportRow } from "../../test/export-row";
import { readLog } from "../../test/in-memory-log";
import { fromSqlRows } from "../from-sql-rows/from-sql-rows";
import type { AnalysisQuery, AnalysisResult } from "../query/analysis-query";
import { toSql } from "./to-sql";

const MINUTE = 60_000;
let duck: DuckDbExport;
beforeAll(async () => {
  duck = await openDuckDbExport();
});
afterAll(() => duck.close());

async function viaSql<Query extends AnalysisQuery>(
  query: Query,
  rows: ExportRow[],
): Promise<AnalysisResult<Query>> {
  await duck.load(toNdjson(rows));
  return fromSqlRows(query, await duck.run(toSql(query, { dialect: "duckdb", table: "ga4_events" })));
}

async function bothWays(options: FunnelOptions, rows: ExportRow[]) {
  const fromSql = await viaSql({ analysis: "funnel", options }, rows);
  expect(fromSql).toEqual(funnel(await readLog(toNdjson(rows)), options));
  return fromSql;
}

describe("worked examples", () => {
  it("an exclusion clears the attempt's step 2; a later step 2 of the same attempt carries on", async () => {
    // a, b, d (clears step 2), b again (continues from a), c: c follows the second b.
    const rows = [
      exportRow("ann", 0, "a"),
      exportRow("ann", 1, "b"),
      exportRow("ann", 2, "d"),
      exportRow("ann", 3, "b"),
      exportRow("ann", 4, "c"),
    ];
    const result = await bothWays(
      { steps: ["a", "b", "c"], exclusions: [{ event: "d", between: [1, 2] }] },
      rows,
    );
    expect(result.steps.map((step) => step.count)).toEqual([1, 1, 1]);
    expect(result.steps[1]?.timeFromPrevious?.median).toBe(3 * MINUTE);
    expect(result.steps[2]?.timeFromPrevious?.median).toBe(1 * MINUTE);
  });

  it("a chain through an optional step is preferred, so the next step's time runs from it", async () => {
    const rows = [exportRow("ann", 0, "a"), exportRow("ann", 1, "b"), exportRow("ann", 3, "c")];
    const result = await bothWays({ steps: ["a", { name: "b", optional: true }, "c"] }, rows);
    expect(result.steps[2]?.timeFromPrevious?.median).toBe(2 * MINUTE);
    expect(result.steps[2]?.timeFromStart?.median).toBe(3 * MINUTE);
  });

  it("`within` is inclusive to the microsecond", async () => {
    const rows = [
      exportRow("ann", 0, "a"),
      exportRow("ann", 1, "b"),
      exportRow("bob", 0, "a"),
      exportRow("bob", 1, "b", {}, { micros: 1 }),
    ];
    const result = await bothWays({ steps: ["a", { name: "b", within: "1m" }] }, rows);
    expect(result.steps.map((step) => step.count)).toEqual([2, 1]);
  });

  it("events on the same microsecond follow the batch columns, not the file", async () => {
    // In the file, b comes first; GA4's batch index says a fired first.
    const first = exportRow("ann", 0, "a");
    const second = exportRow("ann", 0, "b");
    const rows = [second, first];
    const query = { analysis: "directlyFollows" } as const;
    const fromSql = await viaSql(query, rows);
    expect(fromSql.transitions).toEqual([{ from: "a", to: "b", events: 1, customers: 1 }]);
    expect(fromSql).toEqual(directlyFollows(await readLog(toNdjson(rows))));
  });

  it("counts sessions as units, and customers across them", async () => {
    const rows = [
      exportRow("ann", 0, "a", {}, { session: 1 }),
      exportRow("ann", 1, "b", {}, { session: 1 }),
      exportRow("ann", 10, "a", {}, { session: 2 }),
      exportRow("bob", 0, "a", {}, { session: 7 }),
    ];
    const result = await bothWays({ steps: ["a", "b"], countBy: "sessions" }, rows);
    expect(result.units).toBe(3);
    expect(result.steps.map((step) => step.count)).toEqual([3, 1]);
  });

  it('breaks down by an event param at the first step, the rest summed as "other"', async () => {
    const rows = [
      exportRow("ann", 0, "a", { source: "google" }),
      exportRow("ann", 1, "b"),
      exportRow("bob", 0, "a", { source: "google" }),
      exportRow("cem", 0, "a", { source: "bing" }),
      exportRow("cem", 1, "b"),
      exportRow("dan", 0, "a"),
    ];
    const result = await bothWays({ steps: ["a", "b"], breakdown: { property: "source", top: 1 } }, rows);
    expect(result.breakdown?.map((group) => [group.value, group.steps.map((step) => step.count)])).toEqual([
      ["google", [2, 1]],
      ["other", [2, 1]],
    ]);
  });
});
