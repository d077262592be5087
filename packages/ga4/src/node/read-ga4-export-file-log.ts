import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import {
  ADAPTER_FAILURE,
  AdapterAbortError,
  AdapterReadError,
  checkReadOptions,
  type EventLog,
  InvalidOptionError,
  JourneykitError,
  type ReadOptions,
} from "@journeykit/core";
import type { Ga4ExportOptions } from "../export/ga4-export-options";
import type { Ga4ReadReport } from "../export/read-ga4-export";
import { readGa4ExportLog } from "../export/read-ga4-export-log";
import { resolveExportOptions } from "../export/resolve-export-options";
import type { ExportPartResult } from "./export-part";
import { joinExportParts } from "./join-export-parts";
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

class CallerCallbackFailure {
  constructor(readonly error: unknown) {}
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
): Promise<{ readonly log: EventLog; readonly report: Ga4ReadReport }> {
  const read = await readGa4ExportLog(createReadStream(path, { highWaterMark: 1 << 20 }), options);
  if (warning === undefined) return read;
  return { log: read.log, report: { ...read.report, warnings: [warning, ...read.report.warnings] } };
}

/**
 * Reads a GA4 BigQuery export file from disk straight into an {@link EventLog}, on several threads
 * when asked: {@link readGa4ExportLog} over the file, or, with `threads` above 1, the file cut at
 * line starts into parts read on worker threads and joined in file order. Either way the log and
 * report are the same: line numbers count from the file's start, `onError` and `maxBadRecords`
 * apply to bad rows in file order, a row repeating a row of an earlier part is a duplicate.
 *
 * One thread is used, whatever `threads` says, for a file that does not start with a
 * newline-delimited row (a JSON array, a byte order mark), for files under 8 MiB, and for
 * `identity: "stitched"` and `order: "timestamp"`, which need every row in one place; the report
 * then has a warning saying why (except for small files).
 *
 * @param path - The file's path.
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
  path: string,
  options: Ga4ExportFileLogOptions = {},
): Promise<{ readonly log: EventLog; readonly report: Ga4ReadReport }> {
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
  const size = await stat(path).then(
    (found) => found.size,
    () => undefined,
  );
  const parts = Math.min(threads, Math.floor((size ?? 0) / MIN_PART_BYTES));
  // A file that cannot be read fails as it does on one thread.
  if (size === undefined || parts < 2) return readOnOneThread(path, rest);
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
  resolved: ReturnType<typeof resolveExportOptions>,
): Promise<{ readonly log: EventLog; readonly report: Ga4ReadReport }> {
  const { signal, onProgress } = readOptions;
  let bytes = 0;
  let rows = 0;
  const progressReport = (): Ga4ReadReport => ({
    adapter: "ga4",
    format: "ndjson",
    bytesRead: bytes,
    rowsRead: rows,
    eventsEmitted: 0,
    rowsSkipped: 0,
    skipped: [],
    duplicatesRemoved: 0,
    warnings: [],
    consentModeRows: 0,
    fastPathRows: 0,
    fallbackRows: 0,
  });
  if (signal?.aborted) throw new AdapterAbortError(progressReport(), signal.reason);
  const ranges = await splitAtLines(path, size, partCount);
  const hear = (partBytes: number, partRows: number) => {
    bytes += partBytes;
    rows += partRows;
    try {
      onProgress?.({ bytes, rows });
    } catch (error) {
      throw new CallerCallbackFailure(error);
    }
  };
  const running: RunningPart[] = ranges.map((range) =>
    runExportPart({ path, ...range, options: ga4Options }, hear),
  );
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new AdapterAbortError(progressReport(), signal?.reason));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
  let results: ExportPartResult[];
  try {
    results = await Promise.race([Promise.all(running.map((part) => part.result)), aborted]);
  } catch (error) {
    for (const part of running) part.stop();
    if (error instanceof CallerCallbackFailure) throw error.error;
    if (JourneykitError.isInstance(error)) throw error;
    throw new AdapterReadError({
      adapter: "ga4",
      line: 0,
      reason: `a worker thread failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      reasonCode: ADAPTER_FAILURE,
      cause: error,
    });
  } finally {
    if (onAbort !== undefined) signal?.removeEventListener("abort", onAbort);
  }
  const joined = joinExportParts(results, readOptions, resolved.identity, resolved.removeDuplicates);
  onProgress?.({ bytes: joined.report.bytesRead, rows: joined.report.rowsRead });
  return joined;
}
