import type { DuckDBConnection } from "@duckdb/node-api";
import { GA4_TRAFFIC_COLUMNS, type Ga4TrafficScope } from "@journeykit/ga4/schema";
import { quotedTable } from "../source/rows-table";

/** What the table of rows holds, counted as `readGa4Export` counts a read. */
export interface RowCounts {
  /** Rows read, duplicates included. */
  readonly rowsRead: number;
  /** Distinct rows `readGa4Export` would reject, or that were not read exactly here. */
  readonly problemRows: number;
  /** Rows without an identity (every copy counted, as readGa4Export counts them). */
  readonly consentModeRows: number;
  /** Copies of event rows beyond the first. */
  readonly duplicates: number;
  /** Event rows (every copy) without the session's last click, with `trafficSource: "session"`. */
  readonly rowsWithoutLastClick: number;
}

/** The rows `readGa4Export` would not make an event of: a value not read exactly, no name, no time, a param without a key. */
export const PROBLEM_ROW = `(jk_unsure OR event_name IS NULL OR event_name = '' OR event_timestamp IS NULL
  OR len(list_filter(coalesce(event_params, []), lambda param: param.key IS NULL OR param.key = '')) > 0)`;

/** Rows with no identity: consent mode without analytics storage. */
function consentRow(identity: "pseudo" | "user-id" | "stitched"): string {
  const pseudo = "NULLIF(user_pseudo_id, '') IS NULL";
  return identity === "pseudo" ? pseudo : `${pseudo} AND NULLIF(user_id, '') IS NULL`;
}

/** Counts the rows of table `name` (made by `loadRowsTable`). */
export async function countRows(
  connection: DuckDBConnection,
  name: string,
  options: { readonly identity: "pseudo" | "user-id" | "stitched"; readonly scope: Ga4TrafficScope },
): Promise<RowCounts> {
  const event = `NOT ${PROBLEM_ROW} AND NOT (${consentRow(options.identity)})`;
  const lastClick =
    options.scope === "session"
      ? `coalesce(sum(jk_copies) FILTER (WHERE ${event} AND ${GA4_TRAFFIC_COLUMNS.session} IS NULL), 0)`
      : "0";
  const reader = await connection.runAndReadAll(`SELECT
  coalesce(sum(jk_copies), 0) AS rows_read,
  count(*) FILTER (WHERE ${PROBLEM_ROW}) AS problem_rows,
  coalesce(sum(jk_copies) FILTER (WHERE NOT ${PROBLEM_ROW} AND ${consentRow(options.identity)}), 0) AS consent_rows,
  coalesce(sum(jk_copies - 1) FILTER (WHERE ${event}), 0) AS duplicates,
  ${lastClick} AS without_last_click
FROM ${quotedTable(name)}`);
  const [rowsRead, problemRows, consentModeRows, duplicates, rowsWithoutLastClick] = (
    reader.getRowsJS()[0] ?? []
  ).map(Number) as [number, number, number, number, number];
  return { rowsRead, problemRows, consentModeRows, duplicates, rowsWithoutLastClick };
}
