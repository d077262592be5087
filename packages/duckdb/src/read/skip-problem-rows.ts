import type { DuckDBConnection } from "@duckdb/node-api";
import type { ReadState } from "@journeykit/core/adapter";
import type { DuckDbReadDetails } from "./duckdb-read-details";
import { PROBLEM_ROW } from "./row-counts";

/** What is wrong with a problem row of a typed source, as readGa4Export words it: code, then reason. */
const REASON = `CASE
  WHEN event_name IS NULL AND NOT jk_name_given THEN 'GA4_MISSING_FIELD|event_name is missing'
  WHEN event_name IS NULL OR event_name = '' THEN 'GA4_WRONG_TYPE|event_name should be a non-empty string'
  WHEN event_timestamp IS NULL AND NOT jk_timestamp_given THEN 'GA4_MISSING_FIELD|event_timestamp is missing'
  WHEN event_timestamp IS NULL THEN 'GA4_BAD_TIMESTAMP|event_timestamp should be an INT64 of microseconds since the epoch (digits, as a string or an integer)'
  ELSE 'GA4_WRONG_TYPE|a field holds a value of a type the GA4 export does not write (or a param has no key)'
END`;

/**
 * The bad rows of a Parquet file or a table, through the read's rules: the first fails the read
 * under `onError: "throw"`, each is skipped and counted under `"skip"`. Their line is unknown
 * (0): a table has no lines. The events query leaves such rows out.
 */
export async function skipProblemRows(
  connection: DuckDBConnection,
  checked: string,
  state: ReadState<DuckDbReadDetails>,
): Promise<void> {
  const reader = await connection.runAndReadAll(
    `SELECT ${REASON} AS reason FROM (${checked}) WHERE ${PROBLEM_ROW}`,
  );
  for (const [reason] of reader.getRowsJS()) {
    const [code = "GA4_BAD_ROW", problem = ""] = String(reason).split("|");
    state.skip(0, problem, code);
  }
}
