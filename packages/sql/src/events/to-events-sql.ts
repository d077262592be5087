import type { SqlStatement } from "../statement/sql-statement";
import { createSqlContext, writeStatement } from "../to-sql/to-sql";
import { resolveToSqlOptions, type ToSqlOptions } from "../to-sql/to-sql-options";
import { eventsSql } from "./events-sql";

/**
 * Compiles the query of every event of a DuckDB table of export rows, as `readGa4Export` reads
 * them, in the columns of {@link EVENT_COLUMNS}: the export-to-event rules of every `toSql` query,
 * for `@journeykit/duckdb`, which reads exports with DuckDB.
 *
 * @param options - `toSql`'s options (without `dialect`: always DuckDB), `params`, the event
 * params kept as properties (`undefined`: all), and `passThrough`, columns of the table handed on
 * as they are, after {@link EVENT_COLUMNS}.
 *
 * @example
 * ```ts
 * const { sql, params } = toEventsSql({ dialect: "duckdb", table: "rows", duplicates: "keep" });
 * ```
 */
export function toEventsSql(
  options: Omit<ToSqlOptions, "dialect"> & {
    readonly params?: readonly string[] | undefined;
    readonly passThrough?: readonly string[];
  },
): SqlStatement {
  const { params: keep, passThrough, ...sqlOptions } = options;
  const context = createSqlContext(resolveToSqlOptions({ ...sqlOptions, dialect: "duckdb" }));
  return writeStatement(context, eventsSql(context, keep, passThrough));
}

export { EVENT_COLUMNS } from "./events-sql";
