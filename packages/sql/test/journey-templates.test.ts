// Every shipped journey template, compiled to SQL: its conformance check and stage funnel parse as
// BigQuery (the templates' touchpoints match on event names, params, source and medium), and on
// generated shop data (bench/generator.mjs, GA4-shaped rows with traffic sources) the DuckDB
// dialect gives what the in-memory functions give for the e-commerce template.
import { conformance, stageFunnel } from "@journeykit/core";
import { fromTemplate, templates } from "@journeykit/templates";
import NodeSqlParser from "node-sql-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ga4ExportRows, generateShopEvents } from "../../../bench/generator.mjs";
import { fromSqlRows } from "../src/from-sql-rows/from-sql-rows";
import { toSql } from "../src/to-sql/to-sql";
import { type DuckDbExport, openDuckDbExport } from "./duckdb-export";
import { readLog } from "./in-memory-log";
import { roundMeans } from "./round-means";

const parser = new NodeSqlParser.Parser();
const bigquery = { dialect: "bigquery", table: "my-project.analytics_1.events_*" } as const;

describe("journey templates in SQL", () => {
  it.each(Object.keys(templates))("compiles %s for BigQuery", (id) => {
    const journey = fromTemplate(id);
    for (const query of [
      { analysis: "conformance", journey } as const,
      { analysis: "stageFunnel", journey } as const,
    ]) {
      const ast = parser.astify(toSql(query, bigquery).sql, { database: "BigQuery" });
      expect((Array.isArray(ast) ? ast : [ast]).map((statement) => statement.type)).toEqual([
        "create",
        "select",
      ]);
    }
  });

  describe("the e-commerce template on generated shop data", () => {
    let duck: DuckDbExport;
    // GA4 orders events on one microsecond (session_start, page_view) by its batch columns; the
    // generator leaves them out, so they are set here to the order the generator logged events in.
    const ndjson = [...ga4ExportRows(generateShopEvents({ customers: 300, seed: 7 }))]
      .map((row, index) =>
        JSON.stringify({
          ...row,
          batch_page_id: "1",
          batch_ordering_id: "1",
          batch_event_index: String(index),
        }),
      )
      .join("\n");
    const journey = fromTemplate("b2c-ecommerce");
    beforeAll(async () => {
      duck = await openDuckDbExport();
      await duck.load(ndjson);
    });
    afterAll(() => duck.close());

    it("gives the in-memory conformance report and stage funnel", async () => {
      const log = await readLog(ndjson);
      const check = { analysis: "conformance", journey } as const;
      const report = fromSqlRows(
        check,
        await duck.run(toSql(check, { dialect: "duckdb", table: "ga4_events" })),
      );
      expect(report).toEqual(conformance(journey, log));
      expect(report.observedCustomers).toBeGreaterThan(200);
      const funnel = { analysis: "stageFunnel", journey, options: { window: "30d" } } as const;
      const stages = fromSqlRows(
        funnel,
        await duck.run(toSql(funnel, { dialect: "duckdb", table: "ga4_events" })),
      );
      expect(roundMeans(stages)).toEqual(roundMeans(stageFunnel(journey, log, funnel.options)));
    });
  });
});
