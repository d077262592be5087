import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import type { ReadReport } from "@journeykit/core";
import type { EventLogBatch, ReadState } from "@journeykit/core/adapter";
import { type Ga4ExportOptions, ga4Adapter } from "@journeykit/ga4";
import type { DuckDbReadDetails } from "../read/duckdb-read-details";

/** Whether a file starts with gzip's magic bytes (1f 8b): its content, not its name, decides. */
async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const start = new Uint8Array(2);
    const { bytesRead } = await handle.read(start, 0, 2, 0);
    return bytesRead === 2 && start[0] === 0x1f && start[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function fileStream(file: string): Promise<AsyncIterable<Uint8Array>> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  return (await isGzip(file)) ? stream.pipe(createGunzip()) : stream;
}

/**
 * Reads JSON files with `readGa4Export`'s adapter, the reference, one after the other: for a
 * read DuckDB cannot take exactly (a row the JS reader would reject, or a value DuckDB would
 * convert on its own), so that every bad row gets the JS reader's typed error, line and code,
 * or is skipped and counted as it would be. Each file's report joins `state` in file order,
 * which applies `onError` and `maxBadRecords` to the bad records as one read would.
 */
export async function* readFilesWithJs(
  files: readonly string[],
  options: Ga4ExportOptions,
  state: ReadState<DuckDbReadDetails>,
): AsyncGenerator<EventLogBatch> {
  const readBatches = ga4Adapter.readBatches;
  if (readBatches === undefined) throw new Error("the GA4 adapter reads batches");
  for (const file of files) {
    const stream = readBatches(await fileStream(file), {
      ...options,
      onError: "skip",
      signal: state.options.signal,
    });
    const batches: EventLogBatch[] = [];
    for await (const batch of stream) batches.push(batch);
    const report = await stream.report;
    const part: ReadReport<DuckDbReadDetails> = {
      ...report,
      adapter: state.adapter,
      details: {
        consentModeRows: report.details.consentModeRows,
        rowsWithoutLastClick: report.details.rowsWithoutLastClick,
        // Counted once for the whole read, whichever reader reads the file.
        filesRead: 0,
        fallbackFiles: 1,
      },
    };
    state.addPart(part);
    yield* batches;
  }
}
