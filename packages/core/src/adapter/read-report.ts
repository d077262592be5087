/**
 * How many entries {@link ReadReport.skipped} and {@link ReadReport.warnings} keep. Counts such as
 * `rowsSkipped` always count everything; only the lists of details are capped, so a file of a
 * million bad rows does not produce a million-entry report.
 *
 * @example
 * ```ts
 * report.skipped.length <= READ_REPORT_LIST_LIMIT; // true
 * report.rowsSkipped >= report.skipped.length; // true
 * ```
 */
export const READ_REPORT_LIST_LIMIT = 100;

/**
 * One record that was skipped, with where it was and why.
 *
 * @example
 * ```ts
 * const skipped: SkippedRecord = { line: 42, problem: 'column "time" is not a date: "yesterday"', code: "CSV_BAD_TIMESTAMP" };
 * ```
 */
export interface SkippedRecord {
  /** The 1-based line where the record starts; 0 when the adapter cannot tell. */
  readonly line: number;
  /** What was wrong with it, in words. */
  readonly problem: string;
  /** A stable code for the kind of problem, chosen by the adapter (for example `"CSV_BAD_TIMESTAMP"`). */
  readonly code: string;
}

/**
 * Counts only one kind of adapter keeps, in {@link ReadReport.details}: the GA4 adapter counts
 * consent-mode rows there, for example. Counts, so that the reports of the parts of a read
 * spread over threads add up ({@link adapter!ReadState.addPart}).
 *
 * @example
 * ```ts
 * const details: ReadDetails = { consentModeRows: 3, fastPathRows: 997 };
 * ```
 */
export type ReadDetails = Readonly<Record<string, number>>;

/**
 * What happened during one read: a plain, JSON-serialisable object. `Details` are the counts
 * only this adapter keeps (see {@link ReadDetails}); they are `{}` for an adapter that keeps none.
 *
 * @example
 * ```ts
 * const { report } = await readAll(csvAdapter, text, { onError: "skip" });
 * // {
 * //   adapter: "csv", format: "csv", bytesRead: 1834, rowsRead: 40, eventsEmitted: 39,
 * //   rowsSkipped: 1, skipped: [{ line: 17, reason: "...", code: "CSV_BAD_TIMESTAMP" }],
 * //   duplicatesRemoved: 0, warnings: [], details: {},
 * // }
 * ```
 */
export interface ReadReport<Details extends ReadDetails = ReadDetails> {
  /** The id of the adapter that read. */
  readonly adapter: string;
  /** The format the adapter read, when it says (for example `"ndjson"` or `"json-array"`). */
  readonly format?: string;
  /** Bytes of input consumed (strings count as their UTF-8 length). */
  readonly bytesRead: number;
  /** Records read, good and bad (a header row is not a record). */
  readonly rowsRead: number;
  /** Events emitted to the consumer. */
  readonly eventsEmitted: number;
  /** Bad records skipped under `onError: "skip"`, all of them counted. */
  readonly rowsSkipped: number;
  /** The first {@link READ_REPORT_LIST_LIMIT} skipped records, in input order. */
  readonly skipped: readonly SkippedRecord[];
  /** Duplicate records the adapter recognised and dropped. */
  readonly duplicatesRemoved: number;
  /** Things the caller should know that did not stop the read, capped at {@link READ_REPORT_LIST_LIMIT}. */
  readonly warnings: readonly string[];
  /** The counts only this adapter keeps, such as the GA4 adapter's `consentModeRows`. */
  readonly details: Details;
}
