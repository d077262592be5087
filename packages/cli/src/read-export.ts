import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type EventLog,
  EventLogBuilder,
  JourneykitError,
  type ReadLogResult,
  type ReadOptions,
  type ReadReport,
  readLog,
} from "@journeykit/core";
import type { JourneyAdapterV1 } from "@journeykit/core/adapter";
import { readGa4ExportFileLog } from "@journeykit/ga4/node";
import { CliError, EXIT_CODES, usageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { createProgressBar } from "./progress/progress-bar";

const EXPORT_EXTENSIONS = [".ndjson", ".jsonl", ".json"];

/** What reading an export gives: the log, and one read report per file. */
export interface ExportReading {
  readonly log: EventLog;
  readonly files: readonly string[];
  readonly reports: readonly ReadReport[];
}

async function exportFiles(path: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch {
    throw new CliError({
      message: `Cannot read export ${path}: no such file or folder.`,
      exitCode: EXIT_CODES.input,
    });
  }
  if (!info.isDirectory()) return [absolute];
  const names = (await readdir(absolute))
    .filter((name) => EXPORT_EXTENSIONS.some((ext) => name.endsWith(ext)))
    .sort();
  if (names.length === 0) {
    throw new CliError({
      message: `The folder ${path} holds no export files (${EXPORT_EXTENSIONS.join(", ")}).`,
      exitCode: EXIT_CODES.input,
    });
  }
  return names.map((name) => join(absolute, name));
}

/** Loads `--adapter <module>`: its default export or its `adapter` export, checked against the v1 contract. */
async function loadAdapter(specifier: string, cwd: string): Promise<JourneyAdapterV1> {
  let module: Record<string, unknown>;
  try {
    const target =
      specifier.startsWith(".") || specifier.startsWith("/")
        ? pathToFileURL(resolve(cwd, specifier)).href
        : specifier;
    module = await import(target);
  } catch (error) {
    throw new CliError({
      message: `Cannot load adapter ${specifier}: ${(error as Error).message}`,
      exitCode: EXIT_CODES.usage,
      cause: error,
    });
  }
  const candidate = (module.default ?? module.adapter) as Partial<JourneyAdapterV1> | undefined;
  if (candidate?.specificationVersion !== "v1" || typeof candidate.read !== "function") {
    throw usageError(
      `${specifier} does not export a JourneyAdapterV1 (as its default export or as "adapter").`,
    );
  }
  return candidate as JourneyAdapterV1;
}

/**
 * Reads one export file into a log: with the adapter through `readLog` (its batches when it
 * offers them), or, for GA4, on up to `threads` worker threads when the file is large.
 */
function readFile(
  file: string,
  adapter: JourneyAdapterV1 | undefined,
  readOptions: ReadOptions,
  threads: number,
): Promise<ReadLogResult> {
  if (adapter === undefined) return readGa4ExportFileLog(file, { ...readOptions, threads });
  return readLog(adapter, createReadStream(file, { highWaterMark: 1 << 20 }), readOptions);
}

/**
 * Reads an export file, or every export file in a folder, into one EventLog, with a progress
 * bar on a terminal. Bad rows stop the read (with their line) unless `maxBadRecords` allows
 * skipping them; skipped rows are counted in the reports. GA4 exports (no `adapter`) are read
 * on up to `threads` worker threads a file.
 */
export async function readExport(
  path: string,
  io: CliIo,
  options: {
    adapter?: string | undefined;
    maxBadRecords?: number | undefined;
    quiet?: boolean | undefined;
    threads?: number | undefined;
  },
): Promise<ExportReading> {
  if (options.adapter !== undefined && options.threads !== undefined) {
    throw usageError("--threads works with GA4 exports only; leave it out with --adapter.");
  }
  const files = await exportFiles(path, io.cwd);
  const adapter = options.adapter === undefined ? undefined : await loadAdapter(options.adapter, io.cwd);
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  const progress = createProgressBar(io, {
    totalBytes: sizes.reduce((sum, size) => sum + size, 0),
    quiet: options.quiet ?? false,
  });
  // A single file's log is the answer as it is; the logs of several files are joined.
  const logs: EventLog[] = [];
  const reports: ReadReport[] = [];
  let bytesBefore = 0;
  let rowsBefore = 0;
  try {
    for (const [index, file] of files.entries()) {
      const readOptions: ReadOptions = {
        onProgress: ({ bytes, rows }) =>
          progress.update({ bytes: bytesBefore + bytes, rows: rowsBefore + rows }),
        ...(options.maxBadRecords === undefined
          ? {}
          : { onError: "skip", maxBadRecords: options.maxBadRecords }),
      };
      try {
        const read = await readFile(file, adapter, readOptions, threads);
        logs.push(read.log);
        reports.push(read.report);
      } catch (error) {
        if (!JourneykitError.isInstance(error)) throw error;
        throw new CliError({
          message: `${files.length > 1 ? `${file}: ` : ""}${error.message}`,
          exitCode: EXIT_CODES.input,
          cause: error,
        });
      }
      bytesBefore += sizes[index] ?? 0;
      rowsBefore += reports.at(-1)?.rowsRead ?? 0;
    }
  } finally {
    progress.done();
  }
  return { log: logs.length === 1 ? (logs[0] as EventLog) : joinLogs(logs), files, reports };
}

/** One log of the events of several: a log's order depends only on its events, not on the files'. */
function joinLogs(logs: readonly EventLog[]): EventLog {
  const builder = new EventLogBuilder();
  for (const log of logs) for (const event of log) builder.add(event);
  return builder.build();
}

/** Sums the counts of several read reports. */
export function totalReport(reports: readonly ReadReport[]) {
  const sum = (pick: (report: ReadReport) => number) =>
    reports.reduce((total, report) => total + pick(report), 0);
  return {
    rowsRead: sum((report) => report.rowsRead),
    eventsEmitted: sum((report) => report.eventsEmitted),
    rowsSkipped: sum((report) => report.rowsSkipped),
    duplicatesRemoved: sum((report) => report.duplicatesRemoved),
    warnings: reports.flatMap((report) => report.warnings),
  };
}
