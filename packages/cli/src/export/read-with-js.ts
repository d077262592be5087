import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type EventLog,
  EventLogBuilder,
  JourneykitError,
  type ReadOptions,
  type ReadReport,
  readLog,
} from "@journeykit/core";
import type { JourneyAdapterV1 } from "@journeykit/core/adapter";
import { readGa4ExportFileLog } from "@journeykit/ga4/node";
import { CliError, EXIT_CODES, usageError } from "../cli-error";
import type { ProgressUpdate } from "../progress/progress-bar";
import { type ExportInput, isParquetFile } from "./export-inputs";

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
 * Fails, before anything is read, on what the js engine cannot read: a glob or URL (the shell
 * expands an unquoted glob itself), and, for GA4, a Parquet file, which its JSON parser would
 * only call "not valid JSON" at line 1 (gzip it decompresses). An adapter is given whatever bytes
 * there are.
 */
export async function checkJsEngineCanRead(
  inputs: readonly { readonly argument: string; readonly input: ExportInput }[],
  { adapter }: { adapter: string | undefined },
): Promise<void> {
  for (const { argument, input } of inputs) {
    if (input.kind === "pattern") {
      throw usageError(
        `${argument} is a glob or URL, which the js engine does not expand: read it with --engine duckdb, or leave out the quotes so that the shell expands it.`,
      );
    }
    if (adapter !== undefined) continue;
    for (const file of input.files) {
      if (!(await isParquetFile(file))) continue;
      throw new CliError({
        message: `${file} is a Parquet file: the js engine reads JSON only (plain or gzip); read it with --engine duckdb.`,
        exitCode: EXIT_CODES.input,
      });
    }
  }
}

/** The read options of the CLI: progress, and skipping with `--max-bad-records`. */
function cliReadOptions(
  maxBadRecords: number | undefined,
  onProgress: ReadOptions["onProgress"],
): ReadOptions {
  return {
    onProgress,
    ...(maxBadRecords === undefined ? {} : { onError: "skip", maxBadRecords }),
  };
}

/** A journeykit error of a read as the CLI's input error, naming the file when there are several. */
function inputError(error: unknown, file: string | undefined): unknown {
  if (!JourneykitError.isInstance(error)) return error;
  return new CliError({
    message: `${file === undefined ? "" : `${file}: `}${error.message}`,
    exitCode: EXIT_CODES.input,
    cause: error,
  });
}

/**
 * The js engine. GA4 exports: one read of every file (`readGa4ExportFileLog` with the list, so
 * a row repeated in two files is a duplicate; a single file on up to `threads` worker threads).
 * With `--adapter`: each file on its own, their logs joined; one read report a file.
 */
export async function readWithJs(
  files: readonly { readonly path: string; readonly size: number }[],
  options: {
    adapter: string | undefined;
    cwd: string;
    maxBadRecords: number | undefined;
    threads: number | undefined;
    onProgress: (progress: ProgressUpdate) => void;
  },
): Promise<{ log: EventLog; reports: ReadReport[] }> {
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  if (options.adapter === undefined) {
    const readOptions = cliReadOptions(options.maxBadRecords, options.onProgress);
    const paths = files.map((file) => file.path);
    try {
      const read = await readGa4ExportFileLog(paths, {
        ...readOptions,
        threads: paths.length === 1 ? threads : 1,
      });
      return { log: read.log, reports: [read.report] };
    } catch (error) {
      throw inputError(error, undefined);
    }
  }
  const adapter = await loadAdapter(options.adapter, options.cwd);
  // A single file's log is the answer as it is; the logs of several files are joined.
  const logs: EventLog[] = [];
  const reports: ReadReport[] = [];
  let bytesBefore = 0;
  let rowsBefore = 0;
  for (const file of files) {
    const readOptions = cliReadOptions(options.maxBadRecords, ({ bytes, rows }) =>
      options.onProgress({ bytes: bytesBefore + bytes, rows: rowsBefore + rows }),
    );
    try {
      const read = await readLog(
        adapter,
        createReadStream(file.path, { highWaterMark: 1 << 20 }),
        readOptions,
      );
      logs.push(read.log);
      reports.push(read.report);
      rowsBefore += read.report.rowsRead;
    } catch (error) {
      throw inputError(error, files.length > 1 ? file.path : undefined);
    }
    bytesBefore += file.size;
  }
  return { log: logs.length === 1 ? (logs[0] as EventLog) : joinLogs(logs), reports };
}

/** One log of the events of several: a log's order depends only on its events, not on the files'. */
function joinLogs(logs: readonly EventLog[]): EventLog {
  const builder = new EventLogBuilder();
  for (const log of logs) for (const event of log) builder.add(event);
  return builder.build();
}
