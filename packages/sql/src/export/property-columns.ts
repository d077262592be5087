import { commentText } from "../statement/sql-comment";

/** The ways an event param can be read; each is a column of CTE `events` when some part of the query uses it. */
export type PropertyView = "string" | "number" | "isNull" | "text";

const SUFFIX: Record<PropertyView, string> = {
  string: "string",
  number: "number",
  isNull: "is_null",
  text: "text",
};

/** One event param an analysis reads, and which of its views it uses. */
export interface PropertyColumn {
  /** The param's key. */
  readonly key: string;
  /** The column holding the param's `{ key, value }` struct (NULL when the event has none). */
  readonly param: string;
  /** The views used so far. */
  readonly views: ReadonlySet<PropertyView>;
  /**
   * The column of one view, marking it used: `string` (the value when it is a string in
   * journeykit's terms, else NULL), `number` (likewise for numbers), `isNull` (TRUE when the
   * param is there with no value) or `text` (the value as text, as breakdown groups name it).
   */
  column(view: PropertyView): string;
}

/**
 * The event params an analysis reads, numbered in the order they are first asked for, so each is
 * extracted from `event_params` once and only the views used become columns.
 */
export class PropertyColumns {
  readonly #columns = new Map<string, PropertyColumn>();

  /** The param `key`, registering it. */
  of(key: string): PropertyColumn {
    let column = this.#columns.get(key);
    if (column === undefined) {
      const name = `property_${this.#columns.size + 1}`;
      const views = new Set<PropertyView>();
      column = {
        key,
        param: `${name}_param`,
        views,
        column(view) {
          views.add(view);
          return `${name}_${SUFFIX[view]}`;
        },
      };
      this.#columns.set(key, column);
    }
    return column;
  }

  /** Every registered param, in order. */
  get all(): readonly PropertyColumn[] {
    return [...this.#columns.values()];
  }

  /** A comment line naming each property column's key. */
  describe(): string[] {
    return this.all.map((column) => `${column.param}: event param "${commentText(column.key)}"`);
  }
}
