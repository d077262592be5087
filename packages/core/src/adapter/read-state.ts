import { ADAPTER_FAILURE, AdapterReadError } from "../errors/adapter-read-error";
import { JourneykitError } from "../errors/journeykit-error";
import { type AbortGuard, createAbortGuard } from "./abort-guard";
import { AdapterAbortError } from "./adapter-abort-error";
import type { ReadOptions } from "./read-options";
import { READ_REPORT_LIST_LIMIT, type ReadDetails, type ReadReport, type SkippedRecord } from "./read-report";
import { TooManyBadRecordsError } from "./too-many-bad-records-error";

/**
 * The bookkeeping of one read: the running counts of its {@link ReadReport}, and the rules of
 * the {@link ReadOptions} (`onError`, `maxBadRecords`, `signal`, `onProgress`). Every read in
 * journeykit keeps its books here, so that every adapter treats bad records, aborts and progress
 * the same way. {@link defineAdapter} makes one per read and hands it to `parse` as its
 * {@link AdapterContext}; a reader that does not go through `defineAdapter` (one that spreads a
 * file over threads, say) makes its own with {@link createReadState}.
 *
 * @example
 * ```ts
 * const state = createReadState({ id: "csv" }, { onError: "skip" });
 * state.countRow();
 * state.skip(2, "no timestamp", "CSV_BAD_TIMESTAMP"); // counted, not thrown
 * state.snapshot().rowsSkipped; // 1
 * ```
 */
export interface ReadState<Details extends ReadDetails = ReadDetails> {
  /** The id of the adapter that reads. */
  readonly adapter: string;
  /** The options of the read, as checked by {@link checkReadOptions}. */
  readonly options: ReadOptions;
  /** The 1-based line being read, for errors that do not name one; 0 when unknown. */
  line: number;
  /** The format being read, when known; goes to the report. */
  format: string | undefined;
  /** Counts `count` bytes of input consumed, and tells `onProgress`. */
  addBytes(count: number): void;
  /** Counts `count` (default 1) records read, good or bad. */
  countRow(count?: number): void;
  /** Counts `count` (default 1) events handed to the consumer. */
  countEvents(count?: number): void;
  /**
   * A bad record at `line` (1-based, 0 if unknown): throws an `AdapterReadError` under
   * `onError: "throw"`; under `"skip"` counts it, and throws a `TooManyBadRecordsError` once more
   * than `maxBadRecords` were skipped.
   */
  skip(line: number, problem: string, code?: string): void;
  /** Counts `count` (default 1) duplicate records dropped. */
  duplicate(count?: number): void;
  /** Adds a warning to the report. */
  warn(message: string): void;
  /** Adds `count` (default 1) to the adapter's own count `detail` in {@link ReadReport.details}. */
  count(detail: keyof Details & string, count?: number): void;
  /** Calls `onProgress` with the counts now. */
  progress(): void;
  /**
   * Merges the report of one part of the input, read on its own (on another thread, say, with
   * a state of `onError: "skip"` and no limit, so that it records its bad records rather than
   * deciding about them). Parts must be added in input order: their bad records then go through
   * this read's rules in input order, so the error or the report is the one a single read gives.
   * Counts and details add up; a warning already in the report is not repeated. When a bad
   * record of the part fails the read, the error's report has the same bad records as a single
   * read's, and the other counts of the whole part.
   *
   * @param part - The part's report.
   * @param options - `lineOffset`: lines before the part, added to its line numbers;
   * `progressed`: `true` when the part's bytes and rows already reached this state through
   * `addBytes` and `countRow` while it was being read (so they are not counted twice).
   */
  addPart(
    part: ReadReport<Details>,
    options?: { readonly lineOffset?: number; readonly progressed?: boolean },
  ): void;
  /** Throws the read's `AdapterAbortError` when its `signal` has aborted. */
  checkAbort(): void;
  /** Settles like `promise`, or rejects with the read's `AdapterAbortError` as soon as `signal` aborts. */
  race<T>(promise: Promise<T>): Promise<T>;
  /**
   * The error the caller should see for `error` thrown during the read: an error thrown by the
   * caller's own `onProgress` unchanged, a journeykit error as it is, anything else (a bug in the
   * adapter) as an `AdapterReadError` with problem code `"ADAPTER_FAILURE"` at the current line.
   */
  failure(error: unknown): unknown;
  /** Stops listening to `signal`; call it once the read has ended. */
  dispose(): void;
  /** The report now: a fresh, plain object. */
  snapshot(): ReadReport<Details>;
}

/**
 * Wraps an error thrown by the caller's own `onProgress`, so it passes through the adapter's code
 * and reaches the caller unchanged instead of being reported as an adapter failure.
 */
class CallerCallbackFailure {
  constructor(readonly error: unknown) {}
}

function countOf(count: number | undefined): number {
  if (count === undefined) return 1;
  // A count that is not one is a bug in the adapter: thrown as a plain error, failure() reports
  // it as an ADAPTER_FAILURE.
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`a count must be a whole number of at least 0, not ${count}`);
  return count;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Creates the {@link ReadState} of one read by `adapter`.
 *
 * @param adapter - The adapter's `id`, for the report and error messages, and its own counts
 * (`details`), at their starting values (usually 0; none by default), as an
 * {@link AdapterDefinition} declares them.
 * @param options - The read's options, already checked with {@link checkReadOptions}.
 * @returns The state, with every count at zero.
 *
 * @example
 * ```ts
 * import { createReadState } from "@journeykit/core";
 *
 * const state = createReadState(
 *   { id: "ga4", details: { consentModeRows: 0 } },
 *   { onError: "skip", maxBadRecords: 1 },
 * );
 * state.count("consentModeRows");
 * state.skip(3, "not JSON", "GA4_NOT_JSON");
 * state.snapshot().details; // { consentModeRows: 1 }
 * state.skip(9, "not JSON", "GA4_NOT_JSON"); // throws TooManyBadRecordsError
 * ```
 */
export function createReadState<Details extends ReadDetails = ReadDetails>(
  { id: adapter, details = {} as Details }: { readonly id: string; readonly details?: Details | undefined },
  options: ReadOptions,
): ReadState<Details> {
  let bytesRead = 0;
  let rowsRead = 0;
  let eventsEmitted = 0;
  let rowsSkipped = 0;
  let duplicatesRemoved = 0;
  let warningCount = 0;
  const counts: Record<string, number> = { ...details };
  const skipped: SkippedRecord[] = [];
  const warnings: string[] = [];
  const { onError = "throw", maxBadRecords, onProgress } = options;
  let guard: AbortGuard | undefined;

  const tooMany = () => {
    if (maxBadRecords !== undefined && rowsSkipped > maxBadRecords) {
      throw new TooManyBadRecordsError({ report: state.snapshot(), maxBadRecords });
    }
  };
  const abortGuard = () => {
    guard ??= createAbortGuard(
      options.signal,
      () => new AdapterAbortError({ report: state.snapshot(), reason: options.signal?.reason }),
    );
    return guard;
  };

  const state: ReadState<Details> = {
    adapter,
    options,
    line: 0,
    format: undefined,
    addBytes(count) {
      bytesRead += count;
      state.progress();
    },
    countRow(count) {
      rowsRead += countOf(count);
    },
    countEvents(count) {
      eventsEmitted += countOf(count);
    },
    skip(line, problem, code = "BAD_RECORD") {
      const record = { line: Number.isInteger(line) && line > 0 ? line : 0, problem: String(problem), code };
      if (onError !== "skip") {
        throw new AdapterReadError({
          adapter,
          line: record.line,
          problem: record.problem,
          problemCode: code,
        });
      }
      rowsSkipped += 1;
      if (skipped.length < READ_REPORT_LIST_LIMIT) skipped.push(record);
      tooMany();
    },
    duplicate(count) {
      duplicatesRemoved += countOf(count);
    },
    warn(message) {
      warningCount += 1;
      if (warnings.length < READ_REPORT_LIST_LIMIT) warnings.push(String(message));
    },
    count(detail, count) {
      counts[detail] = (counts[detail] ?? 0) + countOf(count);
    },
    progress() {
      if (onProgress === undefined) return;
      try {
        onProgress({ bytes: bytesRead, rows: rowsRead });
      } catch (error) {
        throw new CallerCallbackFailure(error);
      }
    },
    addPart(part, { lineOffset = 0, progressed = false } = {}) {
      if (!progressed) {
        bytesRead += part.bytesRead;
        rowsRead += part.rowsRead;
      }
      eventsEmitted += part.eventsEmitted;
      duplicatesRemoved += part.duplicatesRemoved;
      for (const [detail, value] of Object.entries(part.details))
        counts[detail] = (counts[detail] ?? 0) + value;
      for (const warning of part.warnings) if (!warnings.includes(warning)) state.warn(warning);
      if (state.format === undefined && part.format !== undefined) state.format = part.format;
      for (const record of part.skipped) {
        state.skip(record.line > 0 ? record.line + lineOffset : 0, record.problem, record.code);
      }
      // Past the list the part kept, its bad records were only counted: count them here, as far
      // as the limit allows, so that the error's report counts the records a single read would.
      const unlisted = part.rowsSkipped - part.skipped.length;
      if (unlisted > 0) {
        rowsSkipped +=
          maxBadRecords === undefined ? unlisted : Math.min(unlisted, maxBadRecords + 1 - rowsSkipped);
        tooMany();
      }
    },
    checkAbort() {
      if (options.signal?.aborted) abortGuard().check();
    },
    race(promise) {
      return options.signal === undefined ? promise : abortGuard().race(promise);
    },
    failure(error) {
      if (error instanceof CallerCallbackFailure) return error.error;
      if (JourneykitError.isInstance(error)) return error;
      return new AdapterReadError({
        adapter,
        line: state.line,
        problem: `the adapter threw ${describeError(error)}`,
        problemCode: ADAPTER_FAILURE,
        cause: error,
      });
    },
    dispose() {
      guard?.dispose();
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
        details: { ...counts } as Details,
      };
    },
  };
  return state;
}
