import { AdapterReadError } from "../errors/adapter-read-error";
import { TooManyBadRecordsError } from "../errors/too-many-bad-records-error";
import type { ReadOptions } from "./read-options";
import { READ_REPORT_LIST_LIMIT, type ReadReport, type SkippedRecord } from "./read-report";

/** The running counts of one read, and the rules for bad records; `snapshot()` is the report. */
export interface ReadState {
  format: string | undefined;
  addBytes(count: number): void;
  countRow(count?: number): void;
  countEvent(): void;
  skip(line: number, reason: string, code?: string): void;
  duplicate(count?: number): void;
  warn(message: string): void;
  /** Calls `onProgress` with the counts now. */
  progress(): void;
  snapshot(): ReadReport;
}

/**
 * Wraps an error thrown by the caller's own `onProgress`, so it passes through the adapter's code
 * and reaches the caller unchanged instead of being reported as an adapter failure.
 */
export class CallerCallbackFailure {
  constructor(readonly error: unknown) {}
}

function countOf(count: number | undefined): number {
  return count !== undefined && Number.isInteger(count) && count > 0 ? count : 1;
}

/** Creates the state of one read by `adapter` with validated `options`. */
export function createReadState(adapter: string, options: ReadOptions): ReadState {
  let bytesRead = 0;
  let rowsRead = 0;
  let eventsEmitted = 0;
  let rowsSkipped = 0;
  let duplicatesRemoved = 0;
  let warningCount = 0;
  const skipped: SkippedRecord[] = [];
  const warnings: string[] = [];
  const { onError = "throw", maxBadRecords, onProgress } = options;

  const state: ReadState = {
    format: undefined,
    addBytes(count) {
      bytesRead += count;
      state.progress();
    },
    countRow(count) {
      rowsRead += countOf(count);
    },
    countEvent() {
      eventsEmitted += 1;
    },
    skip(line, reason, code = "BAD_RECORD") {
      const record = { line: Number.isInteger(line) && line > 0 ? line : 0, reason: String(reason), code };
      if (onError !== "skip") {
        throw new AdapterReadError({ adapter, line: record.line, reason: record.reason, reasonCode: code });
      }
      rowsSkipped += 1;
      if (skipped.length < READ_REPORT_LIST_LIMIT) skipped.push(record);
      if (maxBadRecords !== undefined && rowsSkipped > maxBadRecords) {
        throw new TooManyBadRecordsError(state.snapshot(), maxBadRecords);
      }
    },
    duplicate(count) {
      duplicatesRemoved += countOf(count);
    },
    warn(message) {
      warningCount += 1;
      if (warnings.length < READ_REPORT_LIST_LIMIT) warnings.push(String(message));
    },
    progress() {
      if (onProgress === undefined) return;
      try {
        onProgress({ bytes: bytesRead, rows: rowsRead });
      } catch (error) {
        throw new CallerCallbackFailure(error);
      }
    },
    snapshot() {
      const notShown = warningCount - warnings.length;
      return {
        adapter,
        ...(state.format === undefined ? {} : { format: state.format }),
        bytesRead,
        rowsRead,
        eventsEmitted,
        rowsSkipped,
        skipped: [...skipped],
        duplicatesRemoved,
        warnings: notShown > 0 ? [...warnings, `... and ${notShown} more warnings`] : [...warnings],
      };
    },
  };
  return state;
}
