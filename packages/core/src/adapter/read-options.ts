/**
 * How far a read has got, passed to {@link ReadOptions.onProgress}.
 *
 * @example
 * ```ts
 * const progress: ReadProgress = { bytes: 65_536, rows: 412 };
 * ```
 */
export interface ReadProgress {
  /** Bytes of input consumed so far (strings count as their UTF-8 length). */
  readonly bytes: number;
  /** Rows (records) read so far, as in {@link index!ReadReport.rowsRead}. */
  readonly rows: number;
}

/**
 * Options every {@link adapter!JourneyAdapterV1} honours.
 *
 * Bad records (rows that cannot become an event) stop the read with an `AdapterReadError` by
 * default. With `onError: "skip"` they are skipped and counted in the {@link ReadReport}
 * (`rowsSkipped`, `skipped`), and `maxBadRecords` bounds how many may be skipped, as BigQuery load
 * jobs do: the record after the last allowed one fails the read with a
 * `TooManyBadRecordsError`.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const options: ReadOptions = {
 *   onError: "skip",
 *   maxBadRecords: 100,
 *   signal: controller.signal,
 *   onProgress: ({ bytes, rows }) => console.log(`${bytes} bytes, ${rows} rows`),
 * };
 * ```
 */
export interface ReadOptions {
  /** `"throw"` (the default) stops at the first bad record; `"skip"` skips and counts it. */
  readonly onError?: "throw" | "skip" | undefined;
  /**
   * With `onError: "skip"`, skip at most this many bad records (a non-negative integer); one more
   * fails the read. Unset means no limit. Setting it without `onError: "skip"` is an error.
   */
  readonly maxBadRecords?: number | undefined;
  /** Aborting it stops reading promptly; the read then fails with an `AdapterAbortError`. */
  readonly signal?: AbortSignal | undefined;
  /** Called after each chunk of input is consumed, and once when reading ends. */
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
}
