import type { SqlParamType } from "../statement/sql-statement";

/** Where the export rows come from: the table, and which days (`YYYYMMDD`, inclusive). */
export interface ExportSource {
  readonly table: string;
  readonly days: { readonly start: string; readonly end: string } | undefined;
}

/**
 * What differs between the SQL dialects. Everything else the generator writes is SQL that both
 * BigQuery and DuckDB read the same way.
 */
export interface Dialect {
  readonly name: "bigquery" | "duckdb";
  /** The engine's name in comments. */
  readonly title: string;
  /** A named parameter's placeholder. */
  placeholder(name: string): string;
  /** The engine's name for a parameter type. */
  type(type: SqlParamType): string;
  /** The FROM clause and WHERE condition that read the export rows of the chosen days. */
  source(
    source: ExportSource,
    bind: (hint: string, value: string) => string,
  ): {
    readonly from: string;
    readonly where: string | undefined;
    readonly comment: string;
  };
  /** A SELECT that keeps one of each set of rows identical in every column of CTE `rows`. */
  distinctRows(rows: string): string;
  /** The last `event_params` entry with this key (a `{ key, value }` struct), or NULL. */
  lastParam(key: string): string;
  /** The event's params as text: a tie-break between rows that differ only there. */
  paramsText(): string;
  isNan(value: string): string;
  isInfinite(value: string): string;
  /**
   * An aggregate: the values of `value` in the order of `orderBy`, as an array (the first `limit`
   * when given).
   */
  orderedArray(value: string, orderBy: string, limit?: number): string;
  /** A STRING that is equal for equal arrays, to group rows by an array. */
  arrayKey(array: string): string;
  /** A NULL array of strings. */
  nullStringArray(): string;
  /** `*` without some columns. */
  starExcept(columns: readonly string[]): string;
  /**
   * A STRING that sorts arrays of names element by element, a shorter prefix first (the names
   * joined by a character below every printable one).
   */
  listSortKey(array: string): string;
}
