import { createReadStream } from "node:fs";
import {
  type AdapterContext,
  EventLogBuilder,
  type JourneyEvent,
  READ_REPORT_LIST_LIMIT,
  type SkippedRecord,
} from "@journeykit/core";
import { ExportParser, type Ga4ExportCounts } from "../export/export-parser";
import type { Ga4ExportOptions } from "../export/ga4-export-options";
import { RowKeys } from "../export/row-keys";
import type { ExportPartMessage, ExportPartResult, ExportPartTask } from "./export-part";

const CHUNK_BYTES = 1 << 20;

/**
 * Reads one part of an export file (a byte range that starts at a line) into an event batch with
 * the duplicate key of each event and what the report needs; `post` hears progress. Bad rows are
 * only recorded: `onError` and `maxBadRecords` are applied by `joinExportParts`, which sees the
 * parts in file order.
 */
export async function readExportPart(
  task: ExportPartTask,
  post: (message: ExportPartMessage) => void,
): Promise<ExportPartResult> {
  let rowsRead = 0;
  let rowsSkipped = 0;
  let duplicatesRemoved = 0;
  const skipped: SkippedRecord[] = [];
  const warnings: string[] = [];
  const context: AdapterContext<Ga4ExportOptions> = {
    adapter: "ga4",
    options: task.options,
    line: 0,
    format: "ndjson",
    countRow: (count = 1) => {
      rowsRead += count;
    },
    skip: (line, reason, code = "BAD_RECORD") => {
      rowsSkipped += 1;
      if (skipped.length < READ_REPORT_LIST_LIMIT) skipped.push({ line, reason, code });
    },
    duplicate: (count = 1) => {
      duplicatesRemoved += count;
    },
    warn: (message) => {
      warnings.push(message);
    },
  };
  const counts: Ga4ExportCounts = { consentModeRows: 0, fastPathRows: 0, fallbackRows: 0 };
  const keys = new RowKeys();
  const parser = new ExportParser(context, counts, { keys });
  const builder = new EventLogBuilder();
  const add = (events: readonly JourneyEvent[]) => {
    for (const event of events) builder.add(event);
  };
  let bytesRead = 0;
  let rowsPosted = 0;
  if (task.end > task.start) {
    const stream = createReadStream(task.path, {
      start: task.start,
      end: task.end - 1,
      highWaterMark: CHUNK_BYTES,
    });
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      add(parser.push(chunk));
      bytesRead += chunk.length;
      post({ kind: "progress", bytes: chunk.length, rows: rowsRead - rowsPosted });
      rowsPosted = rowsRead;
    }
  }
  add(parser.end());
  return {
    batch: builder.toBatch(),
    keys: keys.toColumns(),
    bytesRead,
    rowsRead,
    linesRead: parser.linesRead,
    rowsSkipped,
    skipped,
    duplicatesRemoved,
    warnings,
    counts,
    rowsWithoutLastClick: parser.rowsWithoutLastClick,
  };
}
