// One file-to-answer run in a process of its own, so that its peak memory is its own:
// `node bench/file-to-answer-run.mjs <file> <side>`, 2 DuckDB threads on every side:
// - "journeykit": readGa4Log (DuckDB reads the file into an EventLog, { params: [] }), then the
//   three analyses in memory;
// - "duckdb-table": DuckDB alone, the export columns the queries read loaded into a table (one
//   read of the file), then the three toSql queries on it;
// - "duckdb-view": DuckDB alone, a view over the file, so each query reads the file itself (the
//   fastest way to one answer: no table is built).
// Prints JSON: the time from start to the end of each analysis, the results (as `comparable`
// text) and the process's peak RSS.
import { DuckDBInstance } from "@duckdb/node-api";
import { fromSqlRows, toSql } from "@journeykit/sql";
import { ANALYSES, comparable, QUERY_COLUMNS } from "./file-to-answer-analyses.mjs";

const [file, side] = process.argv.slice(2);
const SIDES = ["journeykit", "duckdb-table", "duckdb-view"];
if (file === undefined || !SIDES.includes(side)) {
  throw new Error(`usage: node bench/file-to-answer-run.mjs <file> <${SIDES.join("|")}>`);
}

/** DuckDB's read of the file: read_parquet, or read_json with the columns' export types. */
function exportRowsSql(path) {
  const quoted = `'${path.replaceAll("'", "''")}'`;
  const columns = Object.keys(QUERY_COLUMNS).join(", ");
  if (path.endsWith(".parquet")) return `SELECT ${columns} FROM read_parquet(${quoted})`;
  const types = Object.entries(QUERY_COLUMNS)
    .map(([name, type]) => `${name}: '${type}'`)
    .join(", ");
  return `SELECT ${columns} FROM read_json(${quoted}, format = 'newline_delimited', columns = {${types}})`;
}

const start = performance.now();
const done = {};
const results = {};
let events;
if (side === "journeykit") {
  // Imported here, so that the DuckDB-alone side runs without @journeykit/duckdb built.
  const { readGa4Log } = await import("@journeykit/duckdb");
  const { log } = await readGa4Log(file, { threads: 2, params: [] });
  done.read = performance.now() - start;
  events = log.size;
  for (const { label, inMemory } of ANALYSES) {
    results[label] = comparable(inMemory(log));
    done[label] = performance.now() - start;
  }
} else {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  const kind = side === "duckdb-table" ? "TABLE" : "VIEW";
  await connection.run(`CREATE ${kind} ga4_events AS ${exportRowsSql(file)}`);
  done.read = performance.now() - start;
  for (const { label, query } of ANALYSES) {
    const statement = toSql(query, { dialect: "duckdb", table: "ga4_events" });
    const rows = (await connection.runAndReadAll(statement.sql, statement.params)).getRowObjectsJS();
    results[label] = comparable(fromSqlRows(query, rows));
    done[label] = performance.now() - start;
  }
  connection.closeSync();
  instance.closeSync();
}
console.log(
  JSON.stringify({ side, events, done, results, peakRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
