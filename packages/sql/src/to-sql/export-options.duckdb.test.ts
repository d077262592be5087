// The export options in DuckDB, each against readGa4Export reading the same rows in memory:
// the date range (the export's daily tables are its event_date), duplicates kept, identities,
// and exports made before GA4 added the batch columns.
import { directlyFollows, EventLog } from "@journeykit/core";
import { readGa4Export } from "@journeykit/ga4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toNdjson } from "../../../ga4/test/ga4-export-rows";
import { type DuckDbExport, openDuckDbExport } from "../../test/duckdb-export";
import { exportRow } from "../../test/export-row";
import { fromSqlRows } from "../from-sql-rows/from-sql-rows";
import { toSql } from "./to-sql";

let duck: DuckDbExport;
beforeAll(async () => {
  duck = await openDuckDbExport();
});
afterAll(() => duck.close());

const DAY = 24 * 60;
const graph = { analysis: "directlyFollows" } as const;

describe("export options in DuckDB", () => {
  const rows = [
    exportRow("ann", 0, "a"),
    exportRow("ann", DAY + 1, "b"),
    exportRow("ann", 2 * DAY + 1, "c"),
    { ...exportRow("bob", 10, "a"), user_id: "u1" },
    { ...exportRow("bob", 11, "b"), user_id: null },
    exportRow("cem", 12, "a"),
  ];

  it("reads only the days of the date range", async () => {
    await duck.load(toNdjson(rows));
    const sql = toSql(graph, {
      dialect: "duckdb",
      table: "ga4_events",
      dateRange: { start: "2024-01-02", end: "2024-01-03" },
    });
    const inRange = rows.filter((row) => row.event_date >= "20240102" && row.event_date <= "20240103");
    const expected = directlyFollows(await EventLog.fromAsync(readGa4Export(toNdjson(inRange))));
    expect(fromSqlRows(graph, await duck.run(sql))).toEqual(expected);
    expect(expected.transitions).toEqual([{ from: "b", to: "c", events: 1, customers: 1 }]);
  });

  it("keeps duplicate rows when asked to, as readGa4Export does", async () => {
    const doubled = [...rows, rows[0], rows[1]] as typeof rows;
    await duck.load(toNdjson(doubled));
    const sql = toSql(graph, { dialect: "duckdb", table: "ga4_events", duplicates: "keep" });
    const expected = directlyFollows(
      await EventLog.fromAsync(readGa4Export(toNdjson(doubled), { duplicates: "keep" })),
    );
    expect(fromSqlRows(graph, await duck.run(sql))).toEqual(expected);
    expect(expected.transitions.find((t) => t.from === "a" && t.to === "a")?.events).toBe(1);
  });

  it.each(["pseudo", "user-id", "stitched"] as const)(
    "reads identity %s as readGa4Export does",
    async (identity) => {
      await duck.load(toNdjson(rows));
      const sql = toSql(graph, { dialect: "duckdb", table: "ga4_events", identity });
      const expected = directlyFollows(await EventLog.fromAsync(readGa4Export(toNdjson(rows), { identity })));
      expect(fromSqlRows(graph, await duck.run(sql))).toEqual(expected);
    },
  );

  it("reads exports without the batch columns", async () => {
    const old = rows.map(
      ({ batch_page_id: _p, batch_ordering_id: _o, batch_event_index: _i, ...row }) => row,
    );
    await duck.load(toNdjson(old), "old_events");
    const sql = toSql(graph, { dialect: "duckdb", table: "old_events_view", batchColumns: false });
    await duck.run({
      dialect: "duckdb",
      sql: "CREATE OR REPLACE VIEW old_events_view AS SELECT * EXCLUDE (batch_page_id, batch_ordering_id, batch_event_index) FROM old_events",
      params: {},
      types: {},
    });
    expect(fromSqlRows(graph, await duck.run(sql))).toEqual(
      directlyFollows(await EventLog.fromAsync(readGa4Export(toNdjson(old)))),
    );
  });
});
