import { stat } from "node:fs/promises";
import type { EventLog, ReadReport } from "@journeykit/core";
import { usageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { chooseEngine, type ExportEngine, parseEngineOption } from "./export/choose-engine";
import { resolveExportInput, skippedEntries } from "./export/export-inputs";
import { readWithDuckDb } from "./export/read-with-duckdb";
import { checkJsEngineCanRead, readWithJs } from "./export/read-with-js";
import type { CommandOptions } from "./main";
import { parseCountOption, parseThreadsOption } from "./parse-number-option";
import { createProgressBar, type ProgressUpdate } from "./progress/progress-bar";

/** How to read an export, from the command line's options. */
export interface ExportReadOptions {
  readonly adapter: string | undefined;
  readonly engine: ExportEngine | undefined;
  readonly maxBadRecords: number | undefined;
  readonly quiet: boolean;
  readonly threads: number | undefined;
}

/** What reading an export gives: the log, its read reports, and what read it. */
export interface ExportReading {
  readonly log: EventLog;
  /** One a file with the js engine, one for the whole read with DuckDB. */
  readonly reports: readonly ReadReport[];
  readonly engine: ExportEngine;
  /** What read, for a summary line: "DuckDB", "the js engine" or "the adapter ./my-adapter.js". */
  readonly readWith: string;
  /** What the folders held that was not read, a line each (see `skippedEntries`). */
  readonly skipped: readonly string[];
}

/** Reads `--adapter`, `--engine`, `--max-bad-records`, `--threads` and `--quiet`, failing on bad values. */
export function exportReadOptions(options: CommandOptions): ExportReadOptions {
  const adapter = typeof options.adapter === "string" ? options.adapter : undefined;
  const threads = parseThreadsOption(options.threads);
  if (adapter !== undefined && threads !== undefined) {
    throw usageError("--threads works with GA4 exports only; leave it out with --adapter.");
  }
  return {
    adapter,
    engine: parseEngineOption(options.engine),
    maxBadRecords: parseCountOption(options["max-bad-records"], "max-bad-records"),
    quiet: options.quiet === true,
    threads,
  };
}

/**
 * Reads export files, folders of them and globs into one EventLog, with a progress bar on a
 * terminal. With DuckDB (the default when `@journeykit/duckdb` loads) they are one read, across
 * which duplicates are removed; the js engine reads GA4 files as one read too (a single file on
 * up to `threads` worker threads), and an `--adapter` reads file by file. What a folder holds
 * besides export files is named in `skipped`. Bad rows stop the read (with their line) unless
 * `maxBadRecords` allows skipping them; skipped rows are counted in the reports.
 */
export async function readExport(
  inputs: readonly string[],
  io: CliIo,
  options: ExportReadOptions,
): Promise<ExportReading> {
  const choice = await chooseEngine(options.engine, { adapter: options.adapter, io });
  const resolved = await Promise.all(
    inputs.map(async (argument) => ({ argument, input: await resolveExportInput(argument, io.cwd) })),
  );
  if (choice.engine === "js") await checkJsEngineCanRead(resolved, { adapter: options.adapter });
  const skipped = skippedEntries(resolved);
  // A file named twice (itself and in its folder) is read once.
  const sources = [
    ...new Set(resolved.flatMap(({ input }) => (input.kind === "files" ? input.files : [input.pattern]))),
  ];
  const patterns = new Set(
    resolved.flatMap(({ input }) => (input.kind === "pattern" ? [input.pattern] : [])),
  );
  const files = await Promise.all(
    sources
      .filter((source) => !patterns.has(source))
      .map(async (path) => ({ path, size: (await stat(path)).size })),
  );
  const progress = createProgressBar(io, {
    // What a glob matches is DuckDB's to find, so with one the total is unknown.
    ...(patterns.size > 0 ? {} : { totalBytes: files.reduce((sum, file) => sum + file.size, 0) }),
    quiet: options.quiet,
  });
  // DuckDB reports nothing until its first rows arrive; the bar shows the read has started.
  progress.update({ bytes: 0, rows: 0 });
  const common = {
    maxBadRecords: options.maxBadRecords,
    threads: options.threads,
    onProgress: (update: ProgressUpdate) => progress.update(update),
  };
  try {
    if (choice.engine === "duckdb") {
      const read = await readWithDuckDb(choice.duckdb, sources, common);
      return { ...read, engine: "duckdb", readWith: "DuckDB", skipped };
    }
    const read = await readWithJs(files, { ...common, adapter: options.adapter, cwd: io.cwd });
    const readWith = options.adapter === undefined ? "the js engine" : `the adapter ${options.adapter}`;
    return { ...read, engine: "js", readWith, skipped };
  } finally {
    progress.done();
  }
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

/** Names the inputs of a read in a line: the one input, or the first and last of several. */
export function describeInputs(inputs: readonly string[]): string {
  if (inputs.length === 1) return inputs[0] ?? "";
  return `${inputs.length} inputs, ${inputs[0]} to ${inputs.at(-1)}`;
}
