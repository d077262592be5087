import type { DuckDBConnection } from "@duckdb/node-api";
import type { ReadState } from "@journeykit/core/adapter";
import { quotedTable } from "../source/rows-table";
import type { DuckDbReadDetails } from "./duckdb-read-details";
import { PROBLEM_ROW } from "./row-counts";

/** What is wrong with a problem row of a typed source, as readGa4Export words it: code, then reason. */
const REASON = `CASE
  WHEN event_name IS NULL THEN 'GA4_MISSING_FIELD|event_name is missing'
  WHEN event_name = '' THEN 'GA4_WRONG_TYPE|event_name should be a non-empty string, not an empty one'
  WHEN event_timestamp IS NULL THEN 'GA4_MISSING_FIELD|event_timestamp is missing'
  ELSE 'GA4_BAD_PARAM|an event param has no key'
END`;

/**
 * The bad rows of a Parquet file or a table (typed sources, so only missing fields and params
 * without a key can be wrong), through the read's rules: the first fails the read under
 * `onError: "throw"`, each copy is skipped and counted under `"skip"`. Their line is unknown (0):
 * a table has no lines. The events query leaves such rows out.
 */
export async function skipProblemRows(
  connection: DuckDBConnection,
  table: string,
  state: ReadState<DuckDbReadDetails>,
): Promise<void> {
  const reader = await connection.runAndReadAll(
    `SELECT ${REASON} AS reason, jk_copies FROM ${quotedTable(table)} WHERE ${PROBLEM_ROW}`,
  );
  for (const [reason, copies] of reader.getRowsJS()) {
    const [code = "GA4_BAD_ROW", problem = ""] = String(reason).split("|");
    for (let copy = 0; copy < Number(copies); copy += 1) state.skip(0, problem, code);
  }
}
