import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { AdapterReadError } from "@journeykit/core";
import type { EventLogBatch, ReadState } from "@journeykit/core/adapter";
import { exportEndWarnings } from "@journeykit/ga4/internal";
import { toEventsSql } from "@journeykit/sql/internal";
import type * as z from "zod";
import { readFilesWithJs } from "../fallback/read-files-with-js";
import type { Ga4DuckDbSource } from "../source/ga4-duckdb-source";
import { loadRowsTable, type RowsFrom } from "../source/rows-table";
import { expandFiles, fileBytes, formatOfName } from "../source/source-files";
import { EventBatchCollector } from "../transfer/event-batch-collector";
import { createDictionaries, dropDictionaries, transferSql } from "../transfer/event-dictionaries";
import type { DuckDbReadDetails } from "./duckdb-read-details";
import type { ReadGa4LogOptionsSchema } from "./read-ga4-log-options";
import { countRows, type RowCounts } from "./row-counts";
import { skipProblemRows } from "./skip-problem-rows";

type Resolved = z.output<typeof ReadGa4LogOptionsSchema>;

let readCount = 0;

/** Opens what the source needs: the caller's connection, or a new in-memory DuckDB of our own. */
async function connect(source: Ga4DuckDbSource, threads: number | undefined) {
  if (typeof source === "object" && "connection" in source) {
    return { connection: source.connection, close: () => undefined };
  }
  const instance = await DuckDBInstance.create(
    ":memory:",
    threads === undefined ? {} : { threads: String(threads) },
  );
  const connection = await DuckDBConnection.create(instance);
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function rowsFrom(
  connection: DuckDBConnection,
  source: Ga4DuckDbSource,
  format: Resolved["format"],
): Promise<{ from: RowsFrom; files: readonly string[] }> {
  if (typeof source === "object" && "connection" in source) {
    return { from: { kind: "table", table: source.table }, files: [] };
  }
  const files = await expandFiles(connection, typeof source === "string" ? [source] : source);
  const kinds = new Set(files.map(formatOfName));
  const kind =
    format === "parquet" || (format !== "ndjson" && format !== "json-array" && kinds.has("parquet"))
      ? "parquet"
      : "json";
  if (format === "auto" || format === undefined) {
    if (kinds.size > 1) {
      throw new AdapterReadError({
        adapter: "ga4-duckdb",
        line: 0,
        problem: "the source mixes Parquet and JSON files",
        problemCode: "DUCKDB_MIXED_FORMATS",
        fix: "Read the Parquet files and the JSON files in two reads, or name one format with the format option.",
      });
    }
  }
  const layout = format === "ndjson" || format === "json-array" ? format : "auto";
  return { from: kind === "parquet" ? { kind, files } : { kind, files, layout }, files };
}

/** DuckDB's own error as a typed one: what it said, for the source it was reading. */
function sourceError(error: unknown, what: string): AdapterReadError {
  const message = error instanceof Error ? error.message : String(error);
  return new AdapterReadError({
    adapter: "ga4-duckdb",
    line: 0,
    problem: `DuckDB could not read ${what}: ${message.split("\n")[0]}`,
    problemCode: "DUCKDB_READ_FAILED",
    fix: "Check that the source is a GA4 export in the format it claims (the format option names it).",
    cause: error,
  });
}

function record(state: ReadState<DuckDbReadDetails>, counts: RowCounts, identity: Resolved["identity"]) {
  state.countRow(counts.rowsRead);
  state.duplicate(counts.duplicates);
  state.count("consentModeRows", counts.consentModeRows);
  state.count("rowsWithoutLastClick", counts.rowsWithoutLastClick);
  for (const warning of exportEndWarnings(
    counts.consentModeRows,
    counts.rowsWithoutLastClick,
    identity ?? "pseudo",
  )) {
    state.warn(warning);
  }
}

/**
 * The read: DuckDB loads the export into a temporary table of rows (in parallel, duplicates
 * removed across every file), the table is counted, and the events query of `@journeykit/sql`
 * streams the events out, chunk by chunk, into batches. A JSON source holding a row DuckDB
 * cannot take exactly as `readGa4Export` would is read by `readGa4Export` instead.
 */
export async function* readWithDuckDb(
  source: Ga4DuckDbSource,
  options: Resolved,
  state: ReadState<DuckDbReadDetails>,
): AsyncGenerator<EventLogBatch> {
  const { connection, close } = await connect(source, options.threads);
  readCount += 1;
  const table = `journeykit_rows_${process.pid}_${readCount}`;
  const ga4Options = {
    ...(options.identity === undefined ? {} : { identity: options.identity }),
    ...(options.trafficSource === undefined ? {} : { trafficSource: options.trafficSource }),
    ...(options.params === undefined ? {} : { params: options.params }),
    ...(options.duplicates === undefined ? {} : { duplicates: options.duplicates }),
    ...(options.channels === undefined ? {} : { channels: options.channels }),
  };
  const scope = options.trafficSource ?? "event";
  const identity = options.identity ?? "pseudo";
  try {
    const { from, files } = await state.race(rowsFrom(connection, source, options.format));
    state.count("filesRead", files.length);
    state.format = from.kind === "json" ? "json" : from.kind;
    const fallback = () => readFilesWithJs(files, ga4Options, state);
    try {
      await state.race(
        loadRowsTable(connection, from, {
          scope,
          removeDuplicates: options.duplicates !== "keep",
          name: table,
        }),
      );
    } catch (error) {
      state.checkAbort();
      if (!isDataError(error)) throw error;
      if (from.kind !== "json") throw sourceError(error, describe(from));
      yield* fallback();
      return;
    }
    state.addBytes(await fileBytes(files));
    const counts = await state.race(countRows(connection, table, { identity, scope }));
    if (counts.problemRows > 0 && from.kind === "json") {
      yield* fallback();
      return;
    }
    if (counts.problemRows > 0) await skipProblemRows(connection, table, state);
    record(state, counts, identity);
    yield* streamEvents(connection, table, options, state);
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    close();
  }
}

/**
 * Whether DuckDB failed on the data (not JSON, a value of the wrong type, a file it cannot
 * decode) rather than on the query: only the data decides which reader reads; anything else is
 * a bug here, reported as one.
 */
function isDataError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : "";
  return /^(Invalid Input|Conversion|IO) Error/.test(message);
}

function describe(from: RowsFrom): string {
  return from.kind === "table" ? `table ${from.table}` : from.files.join(", ");
}

/** The most events one batch holds: a read of more hands on several. */
const MAX_BATCH = 1 << 21;

async function* streamEvents(
  connection: DuckDBConnection,
  table: string,
  options: Resolved,
  state: ReadState<DuckDbReadDetails>,
): AsyncGenerator<EventLogBatch> {
  const statement = toEventsSql({
    table,
    identity: options.identity ?? "pseudo",
    trafficSource: options.trafficSource ?? "event",
    duplicates: "keep",
    params: options.params,
  });
  const events = `${table}_events`;
  try {
    await state.race(
      connection.run(
        `CREATE OR REPLACE TEMP TABLE ${events} AS\n${statement.sql}`,
        statement.params as Record<string, string>,
      ),
    );
    const dictionaries = await state.race(createDictionaries(connection, events, table));
    const total = Number(
      (await connection.runAndReadAll(`SELECT count(*) FROM ${events}`)).getRowsJS()[0]?.[0],
    );
    const result = await state.race(connection.stream(transferSql(events, table)));
    const collector = new EventBatchCollector(
      dictionaries,
      options.channels ?? {},
      Math.min(total, MAX_BATCH),
    );
    for (;;) {
      const chunk = await state.race(result.fetchChunk());
      if (chunk === null || chunk.rowCount === 0) break;
      let row = 0;
      while (row < chunk.rowCount) {
        row = collector.addRows(chunk, row);
        if (collector.full) yield taken(collector, state);
      }
    }
    if (collector.size > 0) yield taken(collector, state);
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${events}`).catch(() => undefined);
    await dropDictionaries(connection, table);
  }
}

function taken(collector: EventBatchCollector, state: ReadState<DuckDbReadDetails>): EventLogBatch {
  const batch = collector.take();
  state.countEvents(batch.size);
  state.progress();
  return batch;
}
