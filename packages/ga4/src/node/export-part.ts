import type { EventLogBatch } from "@journeykit/core/adapter";
import type { Ga4ExportOptions } from "../export/ga4-export-options";
import type { Ga4ReadReport } from "../export/read-ga4-export";
import type { RowKeyColumns } from "../export/row-keys";

/** One part of an export file to read on a thread of its own: the bytes from `start` to `end`. */
export interface ExportPartTask {
  readonly path: string;
  /** The first byte of the part: the start of the file or just after a newline. */
  readonly start: number;
  /** The byte after the part's last: the end of the file or just after a newline. */
  readonly end: number;
  /** The GA4 options of the read (the common read options stay with the thread that joins the parts). */
  readonly options: Ga4ExportOptions;
}

/** What a thread tells the thread that started it while it reads a part. */
export type ExportPartMessage =
  /** Bytes and rows read since the last progress message. */
  | { readonly kind: "progress"; readonly bytes: number; readonly rows: number }
  | { readonly kind: "done"; readonly result: ExportPartResult }
  | { readonly kind: "failed"; readonly error: unknown };

/**
 * What reading a part gave: its events in input order and the duplicate key of each, its report
 * (its bad rows recorded, not decided about: `onError` and `maxBadRecords` are applied when the
 * parts are joined, in file order), and how many lines it has. Lines are counted from the part's
 * first line (1); `eventsEmitted` is 0, since which events are kept is decided by the join.
 */
export interface ExportPartResult {
  readonly batch: EventLogBatch;
  readonly keys: RowKeyColumns;
  readonly report: Ga4ReadReport;
  readonly linesRead: number;
}
