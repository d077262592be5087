import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { InvalidOptionError, type ReadLogResult, type ReadOptions, readLog } from "@journeykit/core";
import { checkReadOptions, createReadState } from "@journeykit/core/adapter";
import { ga4Adapter } from "../export/ga4-adapter";
import type { Ga4ExportOptions } from "../export/ga4-export-options";
import { GA4_READ_DETAILS, type Ga4ReadDetails } from "../export/ga4-read-details";
import { type ResolvedExportOptions, resolveExportOptions } from "../export/resolve-export-options";
import { joinExportParts } from "./join-export-parts";
import { isGzipFile, openGa4ExportFile } from "./open-ga4-export-file";
import { readExportFiles } from "./read-export-files";
import { type RunningPart, runExportPart } from "./run-export-part";
import { splitAtLines, startsWithRow } from "./split-at-lines";

/** A part smaller than this is not worth a thread of its own. */
const MIN_PART_BYTES = 4 << 20;

/**
 * The options of {@link readGa4ExportFileLog}: the common read options, the GA4 options of
 * `readGa4Export`, and `threads`.
 *
 * @example
 * ```ts
 * import { availableParallelism } from "node:os";
 *
 * const options: Ga4ExportFileLogOptions = { threads: availableParallelism(), onError: "skip" };
 * ```
 */
export type Ga4ExportFileLogOptions = ReadOptions &
  Ga4ExportOptions & {
    /**
     * How many threads may read the file (a whole number, 1 by default): with more than one, a
     * newline-delimited file is cut at line starts into that many parts of about equal size
     * (at least 4 MiB each), each read on a worker thread. The log and report are the same as
     * with one thread.
     */
    readonly threads?: number;
  };

/**
 * The file's bytes (decompressed when gzip); a file that cannot be opened gives a stream that
 * fails on its first read, as a plain file stream does, so the read reports it as it always has.
 */
async function openFileOrFail(path: string): Promise<AsyncIterable<Uint8Array>> {
  try {
    return await openGa4ExportFile(path);
  } catch {
    return createReadStream(path);
  }
}

function oneThreadReason(options: Ga4ExportOptions): string | undefined {
  if (options.identity === "stitched") return 'identity "stitched" joins rows from anywhere in the file';
  if (options.order === "timestamp") return 'order "timestamp" sorts rows from anywhere in the file';
  return undefined;
}

async function readOnOneThread(
  path: string,
  options: ReadOptions & Ga4ExportOptions,
  warning?: string,
): Promise<ReadLogResult<Ga4ReadDetails>> {
  const read = await readLog(ga4Adapter, await openFileOrFail(path), options);
  if (warning === undefined) return read;
  return { log: read.log, report: { ...read.report, warnings: [warning, ...read.report.warnings] } };
}

/**
 * Reads a GA4 BigQuery export file from disk straight into an `EventLog`, on several threads
 * when asked: `readLog(ga4Adapter, ...)` over the file streamed in 1 MiB chunks (memory bounded by
 * the log, not the file), or, with `threads` above 1, the file cut at line starts into parts
 * read on worker threads and joined in file order, with the read's books kept by core as in
 * every read. Either way the log and
 * report are the same: line numbers count from the file's start, `onError` and `maxBadRecords`
 * apply to bad rows in file order, a row repeating a row of an earlier part is a duplicate.
 *
 * A gzip-compressed file (found by its first bytes, whatever its name) is decompressed as it is
 * read. One thread is used, whatever `threads` says, for a gzip file, a file that does not start
 * with a newline-delimited row (a JSON array, a byte order mark), for files under 8 MiB, and for
 * `identity: "stitched"` and `order: "timestamp"`, which need every row in one place; the report
 * then has a warning saying why (except for small files).
 *
 * Several files (a list) are read as one export, one after the other on one thread: a row
 * repeated in two of them (a day exported twice, intraday and daily tables that overlap) is a
 * duplicate, as within one file, and a bad row's line counts in its own file, whose name starts
 * the problem. JSON arrays are read one by one (the report says so).
 *
 * @param path - The file's path, or a list of files read as one export.
 * @param options - The common read options, the GA4 options of `readGa4Export`, and `threads`.
 * @returns The log and the report (`eventsEmitted` is the number of events in the log).
 * @throws `InvalidOptionError` for a bad `threads` or GA4 option; `AdapterReadError`,
 * `TooManyBadRecordsError`, `AdapterAbortError` as any read.
 *
 * @example
 * ```ts
 * import { availableParallelism } from "node:os";
 * import { funnel } from "@journeykit/core";
 * import { readGa4ExportFileLog } from "@journeykit/ga4/node";
 *
 * const { log, report } = await readGa4ExportFileLog("events_2024.json", { threads: availableParallelism() });
 * report.rowsRead; // e.g. 5_000_000
 * funnel(log, { steps: ["view_item", "add_to_cart", "purchase"] }).overallConversion; // e.g. 0.031
 * ```
 */
export async function readGa4ExportFileLog(
  path: string | readonly string[],
  options: Ga4ExportFileLogOptions = {},
): Promise<ReadLogResult<Ga4ReadDetails>> {
  const { threads = 1, ...rest } = options;
  if (typeof threads !== "number" || !Number.isInteger(threads) || threads < 1) {
    throw new InvalidOptionError({
      option: "threads",
      problem: `expected a whole number of at least 1, got ${String(threads)}`,
    });
  }
  const readOptions = checkReadOptions("ga4", rest);
  const { onError, maxBadRecords, signal, onProgress, ...ga4Options } = rest;
  const resolved = resolveExportOptions(ga4Options);
  if (typeof path !== "string") {
    if (path.length === 0) {
      throw new InvalidOptionError({ option: "path", problem: "must name at least one file" });
    }
    if (path.length === 1) return readGa4ExportFileLog(path[0] as string, options);
    const read = await readExportFiles(path, rest);
    if (threads === 1) return read;
    const warning = `threads: ${threads} was not used: several files are read as one input (so that rows repeated across them are duplicates), on one thread.`;
    return { log: read.log, report: { ...read.report, warnings: [warning, ...read.report.warnings] } };
  }
  const size = await stat(path).then(
    (found) => found.size,
    () => undefined,
  );
  const parts = Math.min(threads, Math.floor((size ?? 0) / MIN_PART_BYTES));
  // A file that cannot be read fails as it does on one thread.
  if (size === undefined || parts < 2) return readOnOneThread(path, rest);
  if (await isGzipFile(path)) {
    return readOnOneThread(
      path,
      rest,
      `threads: ${threads} was not used: the file is gzip-compressed (it cannot be cut into parts), so it was read on one thread.`,
    );
  }
  const reason = oneThreadReason(ga4Options);
  if (reason !== undefined)
    return readOnOneThread(
      path,
      rest,
      `threads: ${threads} was not used: ${reason}, so it was read on one thread.`,
    );
  if (!(await startsWithRow(path))) {
    return readOnOneThread(
      path,
      rest,
      `threads: ${threads} was not used: the file is not newline-delimited rows (a JSON array?), so it was read on one thread.`,
    );
  }
  return readInParts(path, size, parts, readOptions, ga4Options, resolved);
}

async function readInParts(
  path: string,
  size: number,
  partCount: number,
  readOptions: ReadOptions,
  ga4Options: Ga4ExportOptions,
  resolved: ResolvedExportOptions,
): Promise<ReadLogResult<Ga4ReadDetails>> {
  const state = createReadState({ id: "ga4", details: GA4_READ_DETAILS }, readOptions);
  state.format = "ndjson";
  let running: RunningPart[] = [];
  try {
    state.checkAbort();
    const ranges = await splitAtLines(path, size, partCount);
    running = ranges.map((range) =>
      runExportPart({ path, ...range, options: ga4Options }, (bytes, rows) => {
        state.countRow(rows);
        state.addBytes(bytes);
      }),
    );
    const results = await state.race(Promise.all(running.map((part) => part.result)));
    return joinExportParts(results, state, resolved, true);
  } catch (error) {
    for (const part of running) part.stop();
    throw state.failure(error);
  } finally {
    state.dispose();
  }
}
