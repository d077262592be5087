import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * What {@link readGa4Log} reads: a file path, URL or glob (`"export/events_*.json.gz"`,
 * `"s3://bucket/ga4/*.parquet"` with DuckDB's httpfs extension loaded), a list of them, or a
 * table (or view) of export rows in a DuckDB connection you opened, such as one made by
 * BigQuery's `EXPORT DATA` and loaded into DuckDB.
 *
 * @example
 * ```ts
 * const oneDay: Ga4DuckDbSource = "exports/events_20240131.json.gz";
 * const aMonth: Ga4DuckDbSource = ["exports/events_202401*.json.gz"];
 * const aTable: Ga4DuckDbSource = { connection, table: "ga4_events" };
 * ```
 */
export type Ga4DuckDbSource =
  | string
  | readonly string[]
  | { readonly connection: DuckDBConnection; readonly table: string };
