import { commentText } from "../statement/sql-comment";

/** The SQL column names of one event property (a GA4 event param), read as `readGa4Export` reads it. */
export interface PropertyColumn {
  /** The param's key. */
  readonly key: string;
  /** The `{ key, value }` struct of the param (NULL when the event has none). */
  readonly param: string;
  /** The value when it is a string in journeykit's terms (else NULL). */
  readonly string: string;
  /** The value when it is a number (else NULL). */
  readonly number: string;
  /** TRUE when the param is there with every value field NULL (journeykit's `null`). */
  readonly isNull: string;
  /** The value as text, as a funnel breakdown names its groups (NULL when missing or null). */
  readonly text: string;
}

/**
 * The event params an analysis reads, numbered in the order they are first asked for, so each is
 * extracted from `event_params` once.
 */
export class PropertyColumns {
  readonly #columns = new Map<string, PropertyColumn>();

  /** The columns of the param `key`, registering it. */
  of(key: string): PropertyColumn {
    let column = this.#columns.get(key);
    if (column === undefined) {
      const name = `property_${this.#columns.size + 1}`;
      column = {
        key,
        param: `${name}_param`,
        string: `${name}_string`,
        number: `${name}_number`,
        isNull: `${name}_is_null`,
        text: `${name}_text`,
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
    return this.all.map(
      (column) => `${column.param.replace(/_param$/, "")}: event param "${commentText(column.key)}"`,
    );
  }
}
