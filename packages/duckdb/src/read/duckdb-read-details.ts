/**
 * The counts only the DuckDB reader keeps, in its `ReadReport.details`.
 *
 * @example
 * ```ts
 * const { report } = await readGa4Log("events.ndjson");
 * report.details; // { consentModeRows: 3, rowsWithoutLastClick: 0, filesRead: 1, fallbackFiles: 0 }
 * ```
 */
export type DuckDbReadDetails = {
  /** Rows with no identity (consent mode without analytics storage), kept apart: not emitted. */
  readonly consentModeRows: number;
  /**
   * Rows without `session_traffic_source_last_click` read with `trafficSource: "session"`
   * (duplicates included, as in `rowsRead`): their events have no source, medium or channel.
   */
  readonly rowsWithoutLastClick: number;
  /** Files the read took rows from (0 for a table). */
  readonly filesRead: number;
  /**
   * Files read by `readGa4Export`, the JavaScript reader, instead of DuckDB: those holding a row
   * DuckDB cannot take exactly as `readGa4Export` reads it, so that such a row gets the same typed
   * error (with its line) or, under `onError: "skip"`, is skipped and counted the same way.
   */
  readonly fallbackFiles: number;
};

/**
 * The {@link DuckDbReadDetails} of a read that has not started: every count 0.
 *
 * @example
 * ```ts
 * DUCKDB_READ_DETAILS.filesRead; // 0
 * ```
 */
export const DUCKDB_READ_DETAILS: DuckDbReadDetails = Object.freeze({
  consentModeRows: 0,
  rowsWithoutLastClick: 0,
  filesRead: 0,
  fallbackFiles: 0,
});
