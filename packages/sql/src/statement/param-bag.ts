import type { SqlParamType, SqlParamValue } from "./sql-statement";

/**
 * Collects the values a query binds, naming each parameter after what it is for (`step_2_name`,
 * `window_ms`), so that the SQL reads well; a value bound again for the same purpose reuses its
 * parameter.
 */
export class ParamBag {
  readonly params: Record<string, SqlParamValue> = {};
  readonly types: Record<string, SqlParamType> = {};
  readonly #byValue = new Map<string, string>();
  readonly #placeholder: (name: string) => string;

  constructor(placeholder: (name: string) => string) {
    this.#placeholder = placeholder;
  }

  /** Binds `value` and returns its placeholder (`@name` or `$name`). */
  bind(hint: string, value: SqlParamValue, type: SqlParamType): string {
    const identity = `${hint}\u0000${type}\u0000${typeof value}\u0000${String(value)}`;
    let name = this.#byValue.get(identity);
    if (name === undefined) {
      name = this.#freeName(hint);
      this.params[name] = value;
      this.types[name] = type;
      this.#byValue.set(identity, name);
    }
    return this.#placeholder(name);
  }

  /** Binds a string. */
  text(hint: string, value: string): string {
    return this.bind(hint, value, "STRING");
  }

  /** Binds a number as FLOAT64 (times in ms, property values). */
  number(hint: string, value: number): string {
    return this.bind(hint, value, "FLOAT64");
  }

  /** Binds a whole number as INT64 (counts, microseconds). */
  integer(hint: string, value: number): string {
    return this.bind(hint, value, "INT64");
  }

  // Parameter names are identifiers: letters, digits and underscores, starting with a letter.
  #freeName(hint: string): string {
    const base =
      hint
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .slice(0, 40) || "value";
    const start = /^[a-z]/.test(base) ? base : `p_${base}`;
    let name = start;
    for (let suffix = 2; name in this.params; suffix += 1) name = `${start}_${suffix}`;
    return name;
  }
}
