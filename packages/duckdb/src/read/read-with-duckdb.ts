import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { AdapterReadError } from "@journeykit/core";
import type { EventLogBatch, ReadState } from "@journeykit/core/adapter";
import type { Ga4ExportOptions } from "@journeykit/ga4";
import { exportEndWarnings } from "@journeykit/ga4/internal";
import { toEventsSql } from "@journeykit/sql/internal";
import type * as z from "zod";
import { readFilesWithJs } from "../fallback/read-files-with-js";
import type { Ga4DuckDbSource } from "../source/ga4-duckdb-source";
import { expandFiles, fileBytes, formatOfName } from "../source/source-files";
import {
  checkedRowsRelation,
  columnsOf,
  type RowsFrom,
  rowsSql,
  typedRelation,
} from "../source/source-relations";
import { EventBatchCollector } from "../transfer/event-batch-collector";
import {
  createDictionaries,
  dropDictionaries,
  type EventDictionaries,
  transferSql,
} from "../transfer/event-dictionaries";
import type { DuckDbReadDetails } from "./duckdb-read-details";
import type { ReadGa4LogOptionsSchema } from "./read-ga4-log-options";
import { ReadProgressTracker } from "./read-progress";
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
    const table = { kind: "table", table: source.table } as const;
    return { from: { ...table, columns: await columnsOf(connection, typedRelation(table)) }, files: [] };
  }
  const files = await expandFiles(connection, typeof source === "string" ? [source] : source);
  const kinds = new Set(files.map(formatOfName));
  if (format === "auto" && kinds.size > 1) {
    throw new AdapterReadError({
      adapter: "ga4-duckdb",
      line: 0,
      problem: "the source mixes Parquet and JSON files",
      problemCode: "DUCKDB_MIXED_FORMATS",
      fix: "Read the Parquet files and the JSON files in two reads, or name one format with the format option.",
    });
  }
  const kind = format === "parquet" || (format === "auto" && kinds.has("parquet")) ? "parquet" : "json";
  const layout = format === "ndjson" || format === "json-array" ? format : "auto";
  if (kind === "json") return { from: { kind, files, layout }, files };
  const parquet = { kind, files } as const;
  return { from: { ...parquet, columns: await columnsOf(connection, typedRelation(parquet)) }, files };
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

/** The counts of the check pass, into the read's report, with the warnings that sum them up. */
function recordCounts(
  state: ReadState<DuckDbReadDetails>,
  counts: RowCounts,
  identity: Resolved["identity"],
) {
  state.countRow(counts.rowsRead);
  state.count("consentModeRows", counts.consentModeRows);
  state.count("rowsWithoutLastClick", counts.rowsWithoutLastClick);
  for (const warning of exportEndWarnings(counts.consentModeRows, counts.rowsWithoutLastClick, identity)) {
    state.warn(warning);
  }
}

/**
 * The read, in two passes over the source, each in parallel: the rows are counted and checked
 * (consent rows, rows without a last click, rows `readGa4Export` would reject or read
 * differently), then the events query of `@journeykit/sql` makes the events of the rows,
 * duplicates removed across every file, into a table whose columns cross to JavaScript as
 * batches. A JSON source holding a row DuckDB cannot take exactly as `readGa4Export` would is
 * read by `readGa4Export` instead; a typed source's bad rows are skipped (or fail the read).
 */
export async function* readWithDuckDb(
  source: Ga4DuckDbSource,
  options: Resolved,
  state: ReadState<DuckDbReadDetails>,
): AsyncGenerator<EventLogBatch> {
  const { connection, close } = await connect(source, options.threads);
  // Stops DuckDB's statement too, not only the wait for it.
  const interrupt = () => connection.interrupt();
  state.options.signal?.addEventListener("abort", interrupt, { once: true });
  readCount += 1;
  const prefix = `journeykit_read_${process.pid}_${readCount}`;
  try {
    const { from, files } = await state.race(rowsFrom(connection, source, options.format));
    state.count("filesRead", files.length);
    state.format = from.kind === "json" ? "json" : from.kind;
    const checked = checkedRowsRelation(from, options.trafficSource);
    const progress = new ReadProgressTracker(connection, state, await fileBytes(files));
    // Nothing is handed on before both passes succeed, so readGa4Export can still read it all.
    const prepared = await prepare(connection, from, { checked, prefix, options, state, progress });
    if (prepared === undefined) {
      yield* readFilesWithJs(files, ga4OptionsOf(options), state, progress.reported);
      return;
    }
    const { counts, events } = prepared;
    progress.finish();
    if (counts.problemRows > 0) await state.race(skipProblemRows(connection, checked, state));
    recordCounts(state, counts, options.identity);
    state.duplicate(events.duplicates);
    yield* transferEvents(connection, events, options, state);
  } finally {
    state.options.signal?.removeEventListener("abort", interrupt);
    await dropEventTables(connection, prefix);
    close();
  }
}

/**
 * Both passes: the rows counted and checked, and the event tables made. `undefined` when a JSON
 * source is for `readGa4Export` (a row it would read otherwise, or one DuckDB failed on); a
 * typed source DuckDB fails on is an `AdapterReadError`.
 */
async function prepare(
  connection: DuckDBConnection,
  from: RowsFrom,
  {
    checked,
    prefix,
    options,
    state,
    progress,
  }: {
    checked: string;
    prefix: string;
    options: Resolved;
    state: ReadState<DuckDbReadDetails>;
    progress: ReadProgressTracker;
  },
): Promise<{ counts: RowCounts; events: EventTables } | undefined> {
  try {
    const counts = await progress.track(
      0,
      countRows(connection, checked, { identity: options.identity, scope: options.trafficSource }),
    );
    if (counts.problemRows > 0 && from.kind === "json") return undefined;
    const rows = rowsSql(from, options.trafficSource);
    return { counts, events: await makeEventTables(connection, rows, prefix, options, state, progress) };
  } catch (error) {
    state.checkAbort();
    if (!isDataError(error)) throw error;
    if (from.kind !== "json") throw sourceError(error, describe(from));
    return undefined;
  }
}

/** The GA4 options of a read, for `readGa4Export`. */
function ga4OptionsOf(options: Resolved): Ga4ExportOptions {
  const { format, threads, ...ga4 } = options;
  return ga4;
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

/** The tables of one read's events (see {@link makeEventTables}). */
interface EventTables {
  readonly events: string;
  readonly prefix: string;
  readonly total: number;
  readonly duplicates: number;
  readonly dictionaries: EventDictionaries;
}

/**
 * Makes the read's events: the typed rows into a table, the events query over it into another,
 * one row per distinct export row (the same event and the same record hash) with its copies,
 * and the dictionaries of their text columns.
 */
async function makeEventTables(
  connection: DuckDBConnection,
  rows: string,
  prefix: string,
  options: Resolved,
  state: ReadState<DuckDbReadDetails>,
  progress: ReadProgressTracker,
): Promise<EventTables> {
  const source = `${prefix}_rows`;
  const events = `${prefix}_events`;
  const statement = toEventsSql({
    table: source,
    identity: options.identity,
    trafficSource: options.trafficSource,
    duplicates: "keep",
    params: options.params,
    passThrough: ["jk_row_hash"],
  });
  const distinct =
    options.duplicates === "keep"
      ? `SELECT *, 1 AS jk_copies FROM (\n${statement.sql})`
      : `SELECT *, count(*) AS jk_copies FROM (\n${statement.sql}) GROUP BY ALL`;
  // A table, not a view: over a view, DuckDB typed each record again for every column the
  // events query reads (measured: 3.4x slower on a 220 MB export).
  await progress.track(1, connection.run(`CREATE OR REPLACE TEMP TABLE ${source} AS\n${rows}`));
  await state.race(
    connection.run(
      `CREATE OR REPLACE TEMP TABLE ${events} AS\n${distinct}`,
      statement.params as Record<string, string>,
    ),
  );
  await connection.run(`DROP TABLE IF EXISTS ${source}`);
  const [total = 0, duplicates = 0] =
    (await connection.runAndReadAll(`SELECT count(*), coalesce(sum(jk_copies - 1), 0) FROM ${events}`))
      .getRowsJS()[0]
      ?.map(Number) ?? [];
  const dictionaries = await state.race(createDictionaries(connection, events, prefix));
  return { events, prefix, total, duplicates, dictionaries };
}

/** Drops what {@link makeEventTables} made, whether or not it got that far. */
async function dropEventTables(connection: DuckDBConnection, prefix: string): Promise<void> {
  for (const table of [`${prefix}_events`, `${prefix}_rows`]) {
    await connection.run(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
  }
  await dropDictionaries(connection, prefix);
}

/** The events, in batches of codes into the dictionaries. */
async function* transferEvents(
  connection: DuckDBConnection,
  tables: EventTables,
  options: Resolved,
  state: ReadState<DuckDbReadDetails>,
): AsyncGenerator<EventLogBatch> {
  const result = await state.race(connection.run(transferSql(tables.events, tables.prefix)));
  const collector = new EventBatchCollector(
    tables.dictionaries,
    options.channels,
    Math.min(tables.total, MAX_BATCH),
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
}

function taken(collector: EventBatchCollector, state: ReadState<DuckDbReadDetails>): EventLogBatch {
  const batch = collector.take();
  state.countEvents(batch.size);
  state.progress();
  return batch;
}
