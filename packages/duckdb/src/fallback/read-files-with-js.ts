import { basename } from "node:path";
import type { ReadReport } from "@journeykit/core";
import type { EventLogBatch, ReadState, SkippedRecord } from "@journeykit/core/adapter";
import { type Ga4ExportOptions, ga4Adapter } from "@journeykit/ga4";
import { openGa4ExportFile } from "@journeykit/ga4/node";
import type { DuckDbReadDetails } from "../read/duckdb-read-details";

const NEWLINE = 0x0a;

async function* fileBytes(file: string): AsyncGenerator<Uint8Array> {
  yield* await openGa4ExportFile(file);
}

/** The first byte of a file's content that is not white space, or undefined for an empty file. */
async function firstByte(file: string): Promise<number | undefined> {
  for await (const chunk of fileBytes(file)) {
    for (const byte of chunk)
      if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte;
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
    for await (const chunk of fileBytes(file)) {
      for (const byte of chunk) if (byte === NEWLINE) lines += 1;
      if (chunk.length > 0) last = chunk[chunk.length - 1] as number;
      yield chunk;
    }
  }
}

/** A skipped record of the joined read, named by its file and its line in that file. */
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

async function readPart(
  input: AsyncIterable<Uint8Array>,
  options: Ga4ExportOptions,
  state: ReadState<DuckDbReadDetails>,
): Promise<{ batches: EventLogBatch[]; report: ReadReport<DuckDbReadDetails> }> {
  const readBatches = ga4Adapter.readBatches;
  if (readBatches === undefined) throw new Error("the GA4 adapter reads batches");
  const stream = readBatches(input, { ...options, onError: "skip", signal: state.options.signal });
  const batches: EventLogBatch[] = [];
  for await (const batch of stream) batches.push(batch);
  const report = await stream.report;
  const details = {
    consentModeRows: report.details.consentModeRows,
    rowsWithoutLastClick: report.details.rowsWithoutLastClick,
    // Counted once for the whole read, whichever reader reads the files.
    filesRead: 0,
    fallbackFiles: 0,
  };
  return { batches, report: { ...report, adapter: state.adapter, details } };
}

/**
 * Reads JSON files with `readGa4Export`'s adapter, the reference: for a read DuckDB cannot take
 * exactly (a row the JS reader would reject, or a value DuckDB would convert on its own), so that
 * every bad row gets the JS reader's typed error, line and code, or is skipped and counted as it
 * would be. Newline-delimited files are read as one input, so that duplicates are removed across
 * them as DuckDB removes them; a bad row's line is then counted in its own file, whose name starts
 * the problem. JSON arrays cannot be joined and are read one by one. The report joins `state`,
 * which applies `onError` and `maxBadRecords` as one read would; `bytesCounted`, the bytes the
 * read already told while DuckDB read, are not counted twice.
 */
export async function* readFilesWithJs(
  files: readonly string[],
  options: Ga4ExportOptions,
  state: ReadState<DuckDbReadDetails>,
  bytesCounted = 0,
): AsyncGenerator<EventLogBatch> {
  let counted = bytesCounted;
  const arrays = await Promise.all(files.map(async (file) => (await firstByte(file)) === 0x5b));
  const groups = arrays.some(Boolean) ? files.map((file) => [file]) : [files];
  for (const group of groups) {
    const lineStarts: number[] = [];
    const { batches, report } = await readPart(joined(group, lineStarts), options, state);
    state.count("fallbackFiles", group.length);
    const bytesRead = Math.max(0, report.bytesRead - counted);
    counted -= report.bytesRead - bytesRead;
    state.addPart({
      ...report,
      bytesRead,
      skipped: report.skipped.map((record) => inItsFile(record, group, lineStarts)),
    });
    yield* batches;
  }
}
