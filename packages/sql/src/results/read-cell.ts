import { SqlResultError } from "../errors/sql-result-error";

/**
 * One row of a result as a database client returns it: column name to value. Counts may come as
 * numbers, bigints (DuckDB) or digit strings (BigQuery's REST API); all are read.
 *
 * @example
 * ```ts
 * const row: SqlRow = { part: "transition", from_name: "view_item", to_name: "add_to_cart", events: 7n, customers: 5n };
 * ```
 */
export type SqlRow = Readonly<Record<string, unknown>>;

/** Reads the cells of one row, naming the row and column in any error. */
export class CellReader {
  readonly #row: SqlRow;
  readonly #index: number;

  constructor(row: SqlRow, index: number) {
    this.#row = row;
    this.#index = index;
  }

  fail(column: string, problem: string): never {
    throw new SqlResultError({ row: this.#index, column, problem });
  }

  #cell(column: string): unknown {
    if (!Object.hasOwn(this.#row, column)) this.fail(column, "the column is missing");
    const value = this.#row[column];
    // BigQuery's client wraps large integers as { value: "123" } when asked to.
    if (value !== null && typeof value === "object" && !Array.isArray(value) && "value" in value) {
      return (value as { value: unknown }).value;
    }
    return value;
  }

  /** A number (counts, times); NULL reads as null. */
  optionalNumber(column: string): number | null {
    const value = this.#cell(column);
    if (value === null || value === undefined) return null;
    if (typeof value === "number") return value;
    if (typeof value === "bigint") return Number(value);
    if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
      return Number(value);
    return this.fail(column, `expected a number, got ${JSON.stringify(String(value)).slice(0, 40)}`);
  }

  /** A count: a whole number of 0 or more. */
  count(column: string): number {
    const value = this.optionalNumber(column);
    if (value === null || !Number.isSafeInteger(value) || value < 0) {
      return this.fail(column, `expected a count (a whole number of 0 or more), got ${String(value)}`);
    }
    return value;
  }

  /** A number that must be there. */
  number(column: string): number {
    const value = this.optionalNumber(column);
    return value === null ? this.fail(column, "expected a number, got NULL") : value;
  }

  optionalText(column: string): string | null {
    const value = this.#cell(column);
    if (value === null || value === undefined) return null;
    return typeof value === "string" ? value : this.fail(column, `expected text, got ${typeof value}`);
  }

  text(column: string): string {
    const value = this.optionalText(column);
    return value === null ? this.fail(column, "expected text, got NULL") : value;
  }

  textList(column: string): string[] {
    const value = this.#cell(column);
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
      return this.fail(column, "expected a list of strings");
    }
    return value as string[];
  }

  /** A list of counts (an array column). */
  countList(column: string): number[] {
    const value = this.#cell(column);
    if (!Array.isArray(value)) return this.fail(column, "expected a list of counts");
    return value.map((item) => {
      const count = typeof item === "bigint" ? Number(item) : typeof item === "string" ? Number(item) : item;
      return Number.isSafeInteger(count) && (count as number) >= 0
        ? (count as number)
        : this.fail(column, `expected a list of counts, found ${String(item)}`);
    });
  }

  boolean(column: string): boolean {
    const value = this.#cell(column);
    return typeof value === "boolean"
      ? value
      : this.fail(column, `expected TRUE or FALSE, got ${String(value)}`);
  }
}

/** Calls `visit` with a reader for each row and the row's `part`, failing on a part not in `parts`. */
export function forEachPart<Part extends string>(
  rows: readonly SqlRow[],
  parts: readonly Part[],
  visit: (part: Part, cells: CellReader) => void,
): void {
  if (!Array.isArray(rows))
    throw new SqlResultError({ row: -1, column: "", problem: "expected an array of rows" });
  rows.forEach((row, index) => {
    if (row === null || typeof row !== "object") {
      throw new SqlResultError({ row: index, column: "", problem: "expected an object of columns" });
    }
    const cells = new CellReader(row, index);
    const part = cells.text("part");
    if (!(parts as readonly string[]).includes(part)) {
      cells.fail("part", `"${part}" is not a part of this analysis' result (${parts.join(", ")})`);
    }
    visit(part as Part, cells);
  });
}
