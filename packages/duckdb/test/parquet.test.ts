// A Parquet file that DuckDB writes from export rows, read by readGa4Log, gives the log the
// JavaScript reader gives for the rows as NDJSON. DuckDB writes it two ways: with the types it
// detects in the JSON (INT64s stay text, all-null columns become JSON), and with BigQuery's types
// (INT64 columns, nested records, fields the rows never set), as an EXPORT DATA to Parquet has
// them. A DuckDB table of the same rows, read as a source, gives the same log too.
import { readFileSync } from "node:fs";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { AdapterReadError } from "@journeykit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  requireSharedFixturesOnCi,
  sharedFixture,
  sharedFixturesFound,
  sharedFixturesMissing,
} from "../../ga4/test/shared-fixtures";
import { type ReadGa4LogOptions, readGa4Log } from "../src/index";
import {
  ExportFiles,
  expectSameRead,
  loggedEvents,
  outcomeOf,
  readCounts,
  readWithJavascript,
  typedError,
} from "./differential-reads";
import { forGeneratedExports, ndjsonOf, writeRows } from "./generated-exports";

requireSharedFixturesOnCi();

const VALUE = "STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE)";
const CAMPAIGN =
  "STRUCT(campaign_id VARCHAR, campaign_name VARCHAR, source VARCHAR, medium VARCHAR, term VARCHAR)";

/** The BigQuery export's types for the columns the generated rows have, and fields they lack. */
const BIGQUERY_COLUMNS = `{
  event_date: 'VARCHAR',
  event_timestamp: 'BIGINT',
  event_name: 'VARCHAR',
  event_params: 'STRUCT("key" VARCHAR, "value" ${VALUE})[]',
  event_previous_timestamp: 'BIGINT',
  user_id: 'VARCHAR',
  user_pseudo_id: 'VARCHAR',
  batch_page_id: 'BIGINT',
  batch_ordering_id: 'BIGINT',
  batch_event_index: 'BIGINT',
  collected_traffic_source: 'STRUCT(manual_campaign_id VARCHAR, manual_campaign_name VARCHAR, manual_source VARCHAR, manual_medium VARCHAR, manual_term VARCHAR, gclid VARCHAR, dclid VARCHAR)',
  traffic_source: 'STRUCT("name" VARCHAR, medium VARCHAR, "source" VARCHAR)',
  session_traffic_source_last_click: 'STRUCT(manual_campaign ${CAMPAIGN}, google_ads_campaign STRUCT(customer_id VARCHAR, account_name VARCHAR, campaign_id VARCHAR, campaign_name VARCHAR), cross_channel_campaign STRUCT(campaign_id VARCHAR, campaign_name VARCHAR, source VARCHAR, medium VARCHAR, source_platform VARCHAR, default_channel_group VARCHAR, primary_channel_group VARCHAR))'
}`;

type Typing = "detected" | "bigquery";

const files = new ExportFiles();
let instance: DuckDBInstance;
let connection: DuckDBConnection;
let tables = 0;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
  files.dispose();
});

const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;

function rowsOf(ndjsonPath: string, typing: Typing): string {
  const columns = typing === "bigquery" ? `, columns = ${BIGQUERY_COLUMNS}` : "";
  return `SELECT * FROM read_json(${quoted(ndjsonPath)}, format = 'newline_delimited'${columns})`;
}

/** Writes the rows of an NDJSON file as Parquet with DuckDB; returns the Parquet file's path. */
async function parquetOf(ndjsonPath: string, typing: Typing): Promise<string> {
  const parquet = `${ndjsonPath}.${typing}.parquet`;
  await connection.run(`COPY (${rowsOf(ndjsonPath, typing)}) TO ${quoted(parquet)} (FORMAT parquet)`);
  return parquet;
}

/** Loads the rows of an NDJSON file into a new table of the test's connection; returns its name. */
async function tableOf(ndjsonPath: string, typing: Typing): Promise<string> {
  const table = `ga4_events_${++tables}`;
  await connection.run(`CREATE TABLE ${table} AS ${rowsOf(ndjsonPath, typing)}`);
  return table;
}

/**
 * The JavaScript reader's read of the rows a typed relation holds, as DuckDB writes them back to
 * NDJSON: a typed source keeps only its columns (BigQuery's types drop the columns they do not
 * name) and cannot tell a null field from a missing one, so its rows are compared as it holds them.
 */
async function javascriptReadOf(relation: string, options: ReadGa4LogOptions) {
  const ndjson = files.write("held.ndjson", "");
  await connection.run(`COPY (SELECT * FROM ${relation}) TO ${quoted(ndjson)} (FORMAT json)`);
  return readWithJavascript(readFileSync(ndjson, "utf8"), options);
}

async function expectParquetSameAsJavascript(text: string, options: ReadGa4LogOptions, typing: Typing) {
  const ndjsonPath = files.write("rows.ndjson", text);
  const parquet = await parquetOf(ndjsonPath, typing);
  const javascript = await javascriptReadOf(`read_parquet(${quoted(parquet)})`, options);
  expectSameRead(await readGa4Log(parquet, options), javascript);
  expectSameRead(await readGa4Log(parquet, { ...options, format: "parquet" }), javascript);
}

describe("readGa4Log on Parquet written by DuckDB gives readGa4Export's log of the NDJSON", () => {
  for (const typing of ["detected", "bigquery"] as const) {
    it(`reads generated rows as Parquet with ${typing} types`, async () => {
      await forGeneratedExports(25, async (rows, style, options) => {
        await expectParquetSameAsJavascript(ndjsonOf(writeRows(rows, style)), options, typing);
      });
    });

    it(`reads generated rows from a DuckDB table with ${typing} types`, async () => {
      await forGeneratedExports(15, async (rows, style, options) => {
        const text = ndjsonOf(writeRows(rows, style));
        const table = await tableOf(files.write("rows.ndjson", text), typing);
        const duckdb = await readGa4Log({ connection, table }, options);
        expectSameRead(duckdb, await javascriptReadOf(table, options));
        await connection.run(`DROP TABLE ${table}`);
      });
    });
  }

  it("reads several Parquet files by glob as one read (duplicates across files removed)", async () => {
    await forGeneratedExports(15, async (rows, style, options) => {
      const texts = writeRows(rows, style);
      const half = Math.floor(texts.length / 2);
      const folder = files.subfolder();
      const first = files.write("events_1.ndjson", ndjsonOf(texts.slice(0, half)), folder);
      const second = files.write("events_2.ndjson", ndjsonOf(texts.slice(half)), folder);
      await parquetOf(first, "bigquery");
      await parquetOf(second, "bigquery");
      const glob = `${folder}/events_*.parquet`;
      const duckdb = await readGa4Log(glob, options);
      expectSameRead(duckdb, await javascriptReadOf(`read_parquet(${quoted(glob)})`, options));
    });
  });

  it("skips and counts bad rows of a Parquet file as readGa4Export does those of the NDJSON (at an unknown line)", async () => {
    const good = (micros: number) =>
      JSON.stringify({ event_timestamp: String(micros), event_name: "a", user_pseudo_id: "p1" });
    // A timestamp that is not digits can only be text in the Parquet file: DuckDB's detected types.
    const bad: [string, readonly Typing[]][] = [
      [
        JSON.stringify({ event_timestamp: "1704067200000000", user_pseudo_id: "p1" }),
        ["detected", "bigquery"],
      ],
      [
        JSON.stringify({ event_timestamp: "1704067200000000", event_name: "", user_pseudo_id: "p1" }),
        ["detected", "bigquery"],
      ],
      [JSON.stringify({ event_name: "a", user_pseudo_id: "p1" }), ["detected", "bigquery"]],
      [JSON.stringify({ event_timestamp: "abc", event_name: "a", user_pseudo_id: "p1" }), ["detected"]],
    ];
    for (const [row, typings] of bad) {
      const text = ndjsonOf([good(1_704_067_200_000_000), row, good(1_704_067_200_000_001)]);
      const javascript = await readWithJavascript(text, { onError: "skip" });
      for (const typing of typings) {
        const parquet = await parquetOf(files.write("rows.ndjson", text), typing);
        const skipped = await readGa4Log(parquet, { onError: "skip" });
        expect(loggedEvents(skipped.log)).toEqual(loggedEvents(javascript.log));
        expect({
          ...readCounts(skipped.report),
          skipped: skipped.report.skipped.map(({ code }) => code),
        }).toEqual({
          ...readCounts(javascript.report),
          skipped: javascript.report.skipped.map(({ code }) => code),
        });
        const thrown = typedError(await outcomeOf(() => readGa4Log(parquet)));
        expect(AdapterReadError.isInstance(thrown) && thrown.problemCode).toBe(
          javascript.report.skipped[0]?.code,
        );
      }
    }
  });

  describe.skipIf(!sharedFixturesFound)(
    `the real export rows (${sharedFixturesFound ? "found" : sharedFixturesMissing})`,
    () => {
      for (const fixture of [
        "bigquery-export-dataform-ga4-sessions.ndjson",
        "bigquery-export-velir-session-start.ndjson",
      ]) {
        it(`reads ${fixture} as Parquet (both typings) to the same log under each traffic source and identity`, async () => {
          const text = sharedFixture(fixture);
          for (const typing of ["detected", "bigquery"] as const) {
            for (const identity of ["pseudo", "user-id", "stitched"] as const) {
              for (const trafficSource of ["event", "session", "user"] as const) {
                await expectParquetSameAsJavascript(text, { identity, trafficSource }, typing);
              }
            }
            await expectParquetSameAsJavascript(text, { duplicates: "keep", params: [] }, typing);
          }
        });
      }
    },
  );
});
