import { JourneykitError } from "@journeykit/core";

const marker = "journeykit.error.sql-result";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"SQL_RESULT"`) by `fromSqlRows` when the rows are not what the query's SQL
 * returns: a missing column, a count that is not a whole number, a part the query never makes.
 * Usually the rows came from another query, or a client changed their types; `row` and `column`
 * say where.
 *
 * @example
 * ```ts
 * import { fromSqlRows, SqlResultError } from "@journeykit/sql";
 *
 * try {
 *   fromSqlRows({ analysis: "directlyFollows" }, [{ part: "transition", events: "many" }]);
 * } catch (error) {
 *   if (SqlResultError.isInstance(error)) console.log(error.row, error.column); // 0 "events"
 * }
 * ```
 */
export class SqlResultError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The row (counting from 0), or -1 when the problem is the rows as a whole. */
  readonly row: number;
  /** The column, or `""` when the problem is not in one column. */
  readonly column: string;

  constructor({ row, column, problem }: { row: number; column: string; problem: string }) {
    const where = row < 0 ? "The rows" : column === "" ? `Row ${row}` : `Row ${row}, column "${column}"`;
    super({
      code: "SQL_RESULT",
      message: `${where}: ${problem}. Pass fromSqlRows the rows of the SQL that toSql made for the same query, as the database client returns them.`,
    });
    this.name = "SqlResultError";
    this.row = row;
    this.column = column;
  }

  /**
   * Whether `error` is a {@link SqlResultError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * SqlResultError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is SqlResultError {
    return JourneykitError.hasMarker(error, marker);
  }
}
