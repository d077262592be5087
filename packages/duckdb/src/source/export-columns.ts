import { GA4_BATCH_COLUMNS, GA4_TRAFFIC_COLUMNS, type Ga4TrafficScope } from "@journeykit/ga4/schema";

const PARAMS =
  "STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE))[]";

/** The DuckDB type of each traffic record, with the fields the readers read. */
const TRAFFIC_TYPES: Record<Ga4TrafficScope, string> = {
  event: "STRUCT(manual_source VARCHAR, manual_medium VARCHAR, manual_campaign_name VARCHAR, gclid VARCHAR)",
  session:
    "STRUCT(cross_channel_campaign STRUCT(source VARCHAR, medium VARCHAR, campaign_name VARCHAR, default_channel_group VARCHAR), manual_campaign STRUCT(source VARCHAR, medium VARCHAR, campaign_name VARCHAR), google_ads_campaign STRUCT(customer_id VARCHAR, account_name VARCHAR, campaign_id VARCHAR, campaign_name VARCHAR, ad_group_id VARCHAR, ad_group_name VARCHAR))",
  user: "STRUCT(name VARCHAR, medium VARCHAR, source VARCHAR)",
};

/**
 * One export column a read takes: its name, its type in the table of rows, and, for JSON, how it
 * is read. The scalars are read as JSON and converted by the rules of `readGa4Export` (an
 * `event_timestamp` of digits as a string or an integer, ids as strings), so that a value DuckDB
 * would convert on its own (a number as a `user_pseudo_id`, `1.5` as a timestamp) is found and
 * the row read by `readGa4Export` instead.
 */
export interface ExportColumn {
  readonly name: string;
  readonly type: string;
  /** Read as JSON and converted (a scalar), or read as `type` directly (a record or a list). */
  readonly json: "text" | "microseconds" | "int64" | undefined;
}

/** The columns a read takes: who, what, when, the params, one traffic record and the batch columns. */
export function exportColumns(scope: Ga4TrafficScope): readonly ExportColumn[] {
  return [
    { name: "event_name", type: "VARCHAR", json: "text" },
    { name: "event_timestamp", type: "BIGINT", json: "microseconds" },
    { name: "user_pseudo_id", type: "VARCHAR", json: "text" },
    { name: "user_id", type: "VARCHAR", json: "text" },
    { name: "event_params", type: PARAMS, json: undefined },
    { name: GA4_TRAFFIC_COLUMNS[scope], type: TRAFFIC_TYPES[scope], json: undefined },
    ...GA4_BATCH_COLUMNS.map((name) => ({ name, type: "BIGINT", json: "int64" as const })),
  ];
}

/** `read_json`'s `columns` argument: each column's type as read. */
export function jsonColumnsArgument(columns: readonly ExportColumn[]): string {
  return `{${columns.map((column) => `${column.name}: '${column.json === undefined ? column.type : "JSON"}'`).join(", ")}}`;
}

/**
 * A column as the table of rows holds it, from its JSON, and whether the row must go to
 * `readGa4Export` for it (its value is there but not of a type read exactly here).
 */
export function convertedColumn(column: ExportColumn): {
  readonly value: string;
  readonly unsure: string | undefined;
} {
  const name = column.name;
  const kind = `json_type(${name})`;
  const text = `(${name} ->> '$')`;
  switch (column.json) {
    case undefined:
      return { value: name, unsure: undefined };
    case "text":
      return {
        value: `CASE WHEN ${kind} = 'VARCHAR' THEN ${text} END`,
        unsure: `${kind} NOT IN ('VARCHAR', 'NULL')`,
      };
    default: {
      // Digits as a JSON string or a JSON integer, as readGa4Export takes them; a timestamp of
      // more than 19 digits, or an integer beyond BIGINT, goes to readGa4Export.
      const digits = column.json === "microseconds" ? "-?[0-9]{1,19}" : "-?[0-9]+";
      const value = `CASE ${kind}
  WHEN 'VARCHAR' THEN CASE WHEN regexp_full_match(${text}, '${digits}') THEN TRY_CAST(${text} AS BIGINT) END
  WHEN 'BIGINT' THEN TRY_CAST(${text} AS BIGINT)
  WHEN 'UBIGINT' THEN TRY_CAST(${text} AS BIGINT)
END`;
      return { value, unsure: `${kind} <> 'NULL' AND (${value}) IS NULL` };
    }
  }
}
