import type { EventLogBatch, ReadReport, SkippedRecord } from "@journeykit/core";
import type { Ga4ExportCounts } from "../export/export-parser";
import type { Ga4ExportOptions } from "../export/ga4-export-options";
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
 * What reading a part gave: its events in input order and the duplicate key of each, and what a
 * report needs. Lines are counted from the part's first line (1).
 */
export interface ExportPartResult
  extends Pick<ReadReport, "bytesRead" | "rowsRead" | "rowsSkipped" | "duplicatesRemoved" | "warnings"> {
  readonly batch: EventLogBatch;
  readonly keys: RowKeyColumns;
  readonly linesRead: number;
  /** The first `READ_REPORT_LIST_LIMIT` bad rows (every one is counted in `rowsSkipped`). */
  readonly skipped: readonly SkippedRecord[];
  readonly counts: Ga4ExportCounts;
  readonly rowsWithoutLastClick: number;
}
