import { EventLogBuilder, type ReadLogResult } from "@journeykit/core";
import type { Ga4DuckDbSource } from "../source/ga4-duckdb-source";
import type { DuckDbReadDetails } from "./duckdb-read-details";
import { readGa4Batches } from "./read-ga4-batches";
import type { ReadGa4LogOptions } from "./read-ga4-log-options";

/**
 * Reads a GA4 BigQuery export with DuckDB into an `EventLog`: DuckDB, an engine made for it,
 * reads (NDJSON plain or gzip, JSON arrays, Parquet, globs of daily files, files on S3 or GCS
 * through its httpfs extension, or a table you loaded), and the rows become events by the same
 * rules as `readGa4Export` (`@journeykit/ga4`) and every `toSql` query (`@journeykit/sql`):
 * the same options give the same log. The events reach the log as columnar batches, with no
 * object per event. Duplicate rows are removed across every file of the read.
 *
 * Bad input gets the JS reader's typed errors: a JSON source holding any row DuckDB cannot take
 * exactly as `readGa4Export` would (not JSON, a field of the wrong type, no `event_name`, ...) is
 * read by `readGa4Export` itself, file by file, so the error names the line and the reason, and
 * `onError: "skip"` skips and counts such rows as that reader does (`details.fallbackFiles`
 * counts the files read that way). A source DuckDB cannot open at all is an `AdapterReadError`
 * (`problemCode` `"DUCKDB_NO_FILES"` or `"DUCKDB_READ_FAILED"`).
 *
 * Node only: `@duckdb/node-api` is a native module. In a browser or an edge runtime, or to read a
 * stream as it arrives, use `readGa4Export`.
 *
 * @param source - A path, URL or glob, a list of them, or `{ connection, table }`; see {@link Ga4DuckDbSource}.
 * @param options - See {@link ReadGa4LogOptions}.
 * @returns The log and the report (`adapter: "ga4-duckdb"`).
 * @throws `InvalidOptionError` for an invalid option; `AdapterReadError`,
 * `TooManyBadRecordsError` or `AdapterAbortError` as every reader does.
 *
 * @example
 * ```ts
 * import { funnel } from "@journeykit/core";
 * import { readGa4Log } from "@journeykit/duckdb";
 *
 * const { log, report } = await readGa4Log("exports/events_*.json.gz", { params: [] });
 * report.duplicatesRemoved; // 12
 * funnel(log, { steps: ["view_item", "add_to_cart", "purchase"], window: "7d" }).overallConversion; // 0.043
 * ```
 */
export async function readGa4Log(
  source: Ga4DuckDbSource,
  options?: ReadGa4LogOptions,
): Promise<ReadLogResult<DuckDbReadDetails>> {
  const stream = readGa4Batches(source, options);
  const builder = new EventLogBuilder();
  for await (const batch of stream) builder.addBatch(batch);
  return { log: builder.build(), report: await stream.report };
}
