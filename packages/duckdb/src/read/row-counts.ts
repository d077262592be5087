import type { DuckDBConnection } from "@duckdb/node-api";
import type { Ga4TrafficScope } from "@journeykit/ga4/schema";

/** What an export holds, counted as `readGa4Export` counts a read (before duplicates are removed). */
export interface RowCounts {
  /** Rows read, duplicates included. */
  readonly rowsRead: number;
  /** Rows `readGa4Export` would reject, or that hold a value not read exactly here. */
  readonly problemRows: number;
  /** Rows without an identity (every copy counted, as readGa4Export counts them). */
  readonly consentModeRows: number;
  /** Event rows (every copy) without the session's last click, with `trafficSource: "session"`. */
  readonly rowsWithoutLastClick: number;
}

/** Rows `readGa4Export` would not make an event of: a value not read exactly, no name, no time. */
export const PROBLEM_ROW = "(jk_unsure OR event_name IS NULL OR event_name = '' OR event_timestamp IS NULL)";

/** Rows with no identity: consent mode without analytics storage. */
function consentRow(identity: "pseudo" | "user-id" | "stitched"): string {
  const pseudo = "NULLIF(user_pseudo_id, '') IS NULL";
  return identity === "pseudo" ? pseudo : `${pseudo} AND NULLIF(user_id, '') IS NULL`;
}

/** Counts the rows of `checked` (the relation of `checkedRowsRelation`). */
export async function countRows(
  connection: DuckDBConnection,
  checked: string,
  options: { readonly identity: "pseudo" | "user-id" | "stitched"; readonly scope: Ga4TrafficScope },
): Promise<RowCounts> {
  const consent = consentRow(options.identity);
  const withoutLastClick =
    options.scope === "session"
      ? `count(*) FILTER (WHERE NOT ${PROBLEM_ROW} AND NOT (${consent}) AND NOT jk_last_click)`
      : "0";
  const reader = await connection.runAndReadAll(`SELECT
  count(*) AS rows_read,
  count(*) FILTER (WHERE ${PROBLEM_ROW}) AS problem_rows,
  count(*) FILTER (WHERE NOT ${PROBLEM_ROW} AND ${consent}) AS consent_rows,
  ${withoutLastClick} AS without_last_click
FROM (${checked})`);
  const [rowsRead, problemRows, consentModeRows, rowsWithoutLastClick] = (reader.getRowsJS()[0] ?? []).map(
    Number,
  ) as [number, number, number, number];
  return { rowsRead, problemRows, consentModeRows, rowsWithoutLastClick };
}
