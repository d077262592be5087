/**
 * The type of a bound parameter, in the names BigQuery uses (`STRING`, `INT64`, `FLOAT64`, `BOOL`);
 * the BigQuery client takes them as its `types` option.
 *
 * @example
 * ```ts
 * const type: SqlParamType = "FLOAT64";
 * ```
 */
export type SqlParamType = "STRING" | "INT64" | "FLOAT64" | "BOOL";

/**
 * A value bound to a named parameter of the SQL: never spliced into the text.
 *
 * @example
 * ```ts
 * const value: SqlParamValue = "add_to_cart";
 * ```
 */
export type SqlParamValue = string | number | boolean;

/**
 * What `toSql` returns: the SQL text, the values of its named parameters (`@name` in BigQuery,
 * `$name` in DuckDB) and their types. Every value from the query (event names, property values,
 * windows, dates) is a parameter; the text holds only identifiers (quoted) and journeykit's own SQL.
 *
 * @example
 * ```ts
 * const { sql, params, types } = toSql(query, { dialect: "bigquery", table: "my-project.analytics_123.events_*" });
 * // BigQuery (Node client): await bigquery.query({ query: sql, params, types });
 * // DuckDB (@duckdb/node-api): (await connection.runAndReadAll(sql, params)).getRowObjectsJS();
 * ```
 */
export interface SqlStatement {
  /** The dialect the SQL is written in. */
  readonly dialect: "bigquery" | "duckdb";
  /** The SQL text. */
  readonly sql: string;
  /** Parameter values by name (without the `@` or `$`). */
  readonly params: Readonly<Record<string, SqlParamValue>>;
  /** Parameter types by name, for clients that want them (BigQuery's `types` option). */
  readonly types: Readonly<Record<string, SqlParamType>>;
}
