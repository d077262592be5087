// Values never become SQL: a step named like an injection, a param key and value with quotes, a
// journey and a label with line breaks (they appear in comments) run as data, leave the table
// intact and count what they should; the BigQuery text stays one SELECT.
import { defineJourney, funnel } from "@journeykit/core";
import NodeSqlParser from "node-sql-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toNdjson } from "../../../ga4/test/ga4-export-rows";
import { type DuckDbExport, openDuckDbExport } from "../../test/duckdb-export";
import { exportRow } from "../../test/export-row";
import { readLog } from "../../test/in-memory-log";
import { fromSqlRows } from "../from-sql-rows/from-sql-rows";
import { toSql } from "./to-sql";

const hostile = "'; DROP TABLE ga4_events; --";
/** The SQL without its line comments, where names may appear (made safe to stay comments). */
const code = (sql: string) => sql.replace(/--[^\n]*/g, "");
const newline = "Checkout\n); DROP TABLE ga4_events; --\r\u2028*/";

let duck: DuckDbExport;
beforeAll(async () => {
  duck = await openDuckDbExport();
});
afterAll(() => duck.close());

describe("values are bound, never spliced", () => {
  const rows = [
    exportRow("ann", 0, hostile, { [hostile]: `${hostile}"\`` }),
    exportRow("ann", 1, "purchase"),
    exportRow("bob", 0, hostile),
  ];
  const query = {
    analysis: "funnel",
    name: newline,
    options: {
      steps: [{ name: hostile, where: { [hostile]: { prefix: `${hostile}"` } }, label: newline }, "purchase"],
      breakdown: { property: hostile },
    },
  } as const;

  it("runs a step named like an injection as data (DuckDB), with the same result as in memory", async () => {
    await duck.load(toNdjson(rows));
    const statement = toSql(query, { dialect: "duckdb", table: "ga4_events" });
    expect(code(statement.sql)).not.toContain("DROP TABLE");
    expect(Object.values(statement.params)).toContain(hostile);
    const result = fromSqlRows(query, await duck.run(statement));
    expect(result).toEqual(funnel(await readLog(toNdjson(rows)), query.options));
    expect(result.steps.map((step) => step.count)).toEqual([1, 1]);
    // The table is still there, with every row.
    const count = await duck.run({
      dialect: "duckdb",
      sql: "SELECT COUNT(*) AS n FROM ga4_events",
      params: {},
      types: {},
    });
    expect(Number(count[0]?.n)).toBe(3);
  });

  it("keeps the BigQuery text its two statements, the names only in parameters and sanitised comments", () => {
    const journey = defineJourney({
      format: "journeykit/v1",
      id: "j",
      name: newline,
      version: "1",
      touchpoints: [
        { id: "t", name: "T", channel: "web", kind: "digital", stages: ["s"], events: [{ name: hostile }] },
      ],
      stages: [{ id: "s", name: newline, order: 1, touchpoints: ["t"] }],
    });
    for (const bigQueryQuery of [
      query,
      { analysis: "conformance", journey } as const,
      { analysis: "stageFunnel", journey } as const,
    ]) {
      const { sql, params } = toSql(bigQueryQuery, { dialect: "bigquery", table: "p.d.events_*" });
      const ast = new NodeSqlParser.Parser().astify(sql, { database: "BigQuery" });
      expect(Array.isArray(ast) ? ast.map((statement) => statement.type) : [ast.type]).toEqual([
        "create",
        "select",
      ]);
      expect(code(sql)).not.toContain("DROP TABLE");
      expect(Object.values(params)).toContain(hostile);
    }
  });

  it("rejects a table name that could end its quoting", () => {
    expect(() => toSql(query, { dialect: "bigquery", table: "p.d.t` WHERE TRUE; --" })).toThrow(
      /Option "table" is invalid/,
    );
  });
});
