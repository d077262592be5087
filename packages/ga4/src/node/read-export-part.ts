import { createReadStream } from "node:fs";
import { EventLogBuilder, type JourneyEvent } from "@journeykit/core";
import { createReadState } from "@journeykit/core/adapter";
import { ExportParser } from "../export/export-parser";
import { GA4_READ_DETAILS } from "../export/ga4-read-details";
import { RowKeys } from "../export/row-keys";
import type { ExportPartMessage, ExportPartResult, ExportPartTask } from "./export-part";

const CHUNK_BYTES = 1 << 20;

/**
 * Reads one part of an export file (a byte range that starts at a line) into an event batch with
 * the duplicate key of each event and the part's report; `post` hears progress. The part keeps
 * its books with core's read state under `onError: "skip"` and no limit, so that its bad rows
 * are recorded: the join applies the caller's `onError` and `maxBadRecords` in file order.
 */
export async function readExportPart(
  task: ExportPartTask,
  post: (message: ExportPartMessage) => void,
): Promise<ExportPartResult> {
  let bytesPosted = 0;
  let rowsPosted = 0;
  const state = createReadState(
    { id: "ga4", details: GA4_READ_DETAILS },
    {
      ...task.options,
      onError: "skip",
      onProgress: ({ bytes, rows }) => {
        post({ kind: "progress", bytes: bytes - bytesPosted, rows: rows - rowsPosted });
        bytesPosted = bytes;
        rowsPosted = rows;
      },
    },
  );
  const keys = new RowKeys();
  const parser = new ExportParser(state, { keys });
  const builder = new EventLogBuilder();
  const add = (events: readonly JourneyEvent[]) => {
    for (const event of events) builder.add(event);
  };
  if (task.end > task.start) {
    const stream = createReadStream(task.path, {
      start: task.start,
      end: task.end - 1,
      highWaterMark: CHUNK_BYTES,
    });
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      add(parser.push(chunk));
      state.addBytes(chunk.length);
    }
  }
  add(parser.end());
  state.progress();
  return {
    batch: builder.toBatch(),
    keys: keys.toColumns(),
    report: state.snapshot(),
    linesRead: parser.linesRead,
  };
}
