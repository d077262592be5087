/** A column of a query's result: its name and its type in the dialect. */
export interface ResultColumn {
  readonly name: string;
  readonly type: string;
}

/** One part of a result: the values of some columns (the others are NULL), and the rest of its SELECT. */
export interface ResultPart {
  readonly values: Readonly<Record<string, string>>;
  /** `FROM ...`, `WHERE ...`, `GROUP BY ...`, if any. */
  readonly rest?: string;
}

/**
 * The final SELECT of a query whose result has several parts (`part` says which): one SELECT per
 * part, all with the same columns in the same order, NULL (typed) where a part has no value.
 */
export function resultUnion(columns: readonly ResultColumn[], parts: readonly ResultPart[]): string {
  return parts
    .map((part, index) => {
      const values = columns.map((column) => {
        const value = part.values[column.name] ?? `CAST(NULL AS ${column.type})`;
        return index === 0 ? `${value} AS ${column.name}` : value;
      });
      return `SELECT ${values.join(", ")}${part.rest === undefined ? "" : `\n${part.rest}`}`;
    })
    .join("\nUNION ALL\n");
}
