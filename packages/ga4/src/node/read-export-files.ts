import { basename } from "node:path";
import { EventLogBuilder, type ReadLogResult, type ReadOptions } from "@journeykit/core";
import { createReadState, type ReadState, type SkippedRecord } from "@journeykit/core/adapter";
import { ga4Adapter } from "../export/ga4-adapter";
import type { Ga4ExportOptions } from "../export/ga4-export-options";
import { GA4_READ_DETAILS, type Ga4ReadDetails } from "../export/ga4-read-details";
import { openGa4ExportFile } from "./open-ga4-export-file";

const NEWLINE = 0x0a;
const OPEN_BRACKET = 0x5b;

/** The first byte of a file's content that is not white space, or undefined for an empty file. */
async function firstByte(file: string): Promise<number | undefined> {
  for await (const chunk of await openGa4ExportFile(file)) {
    for (const byte of chunk) {
      if (byte !== 0x20 && byte !== 0x09 && byte !== NEWLINE && byte !== 0x0d) return byte;
    }
  }
  return undefined;
}

/**
 * The files' bytes one after another, a newline between two when the first does not end with
 * one, and where each file's lines start (`lineStarts[k]`: the lines before file k), filled in as
 * they are read.
 */
async function* joined(files: readonly string[], lineStarts: number[]): AsyncGenerator<Uint8Array> {
  let lines = 0;
  let last = NEWLINE;
  for (const file of files) {
    if (last !== NEWLINE) {
      lines += 1;
      yield Uint8Array.of(NEWLINE);
    }
    lineStarts.push(lines);
    last = NEWLINE;
    for await (const chunk of await openGa4ExportFile(file)) {
      for (const byte of chunk) if (byte === NEWLINE) lines += 1;
      if (chunk.length > 0) last = chunk[chunk.length - 1] as number;
      yield chunk;
    }
  }
}

/** A skipped record of a joined read, named by its file and its line in that file. */
function inItsFile(
  record: SkippedRecord,
  files: readonly string[],
  lineStarts: readonly number[],
): SkippedRecord {
  if (record.line <= 0 || files.length === 1) return record;
  let file = lineStarts.length - 1;
  while (file > 0 && (lineStarts[file] as number) >= record.line) file -= 1;
  return {
    ...record,
    line: record.line - (lineStarts[file] as number),
    problem: `${basename(files[file] as string)}: ${record.problem}`,
  };
}

/**
 * Reads one group of files as one input, into `builder`, its report joining `state`; progress
 * goes to `onProgress` on top of the groups read before.
 */
async function readGroup(
  files: readonly string[],
  options: Ga4ExportOptions,
  state: ReadState<Ga4ReadDetails>,
  builder: EventLogBuilder,
  onProgress: ReadOptions["onProgress"],
): Promise<void> {
  const before = state.snapshot();
  const readBatches = ga4Adapter.readBatches;
  if (readBatches === undefined) throw new Error("the GA4 adapter reads batches");
  const lineStarts: number[] = [];
  const stream = readBatches(joined(files, lineStarts), {
    ...options,
    onError: "skip",
    signal: state.options.signal,
    onProgress: ({ bytes, rows }) =>
      onProgress?.({ bytes: before.bytesRead + bytes, rows: before.rowsRead + rows }),
  });
  for await (const batch of stream) builder.addBatch(batch);
  const report = await stream.report;
  state.addPart({ ...report, skipped: report.skipped.map((record) => inItsFile(record, files, lineStarts)) });
}

/**
 * Several export files read as one export: newline-delimited files (plain or gzip) as one input,
 * so that a row repeated in two files (a day exported twice, intraday and daily tables that
 * overlap) is a duplicate as it is within one file; a bad row's line is counted in its own file,
 * whose name starts the problem. JSON arrays cannot be joined: each is read on its own. The
 * read's `onError` and `maxBadRecords` apply to the bad rows of all the files, in file order.
 */
export async function readExportFiles(
  files: readonly string[],
  options: ReadOptions & Ga4ExportOptions,
): Promise<ReadLogResult<Ga4ReadDetails>> {
  const { onError, maxBadRecords, signal, onProgress, ...ga4Options } = options;
  const state = createReadState(
    { id: "ga4", details: GA4_READ_DETAILS },
    { onError, maxBadRecords, signal, onProgress },
  );
  const builder = new EventLogBuilder();
  try {
    const arrays = await Promise.all(files.map(async (file) => (await firstByte(file)) === OPEN_BRACKET));
    const groups = arrays.some(Boolean) ? files.map((file) => [file]) : [files];
    for (const group of groups) await readGroup(group, ga4Options, state, builder, onProgress);
    if (arrays.some(Boolean)) {
      state.warn(
        "Some files are JSON arrays, which cannot be read as one input: each file was read on its own, so a row repeated in two files was not removed as a duplicate.",
      );
    }
    state.progress();
    return { log: builder.build(), report: state.snapshot() };
  } catch (error) {
    throw state.failure(error);
  } finally {
    state.dispose();
  }
}
