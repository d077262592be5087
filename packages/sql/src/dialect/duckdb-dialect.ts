import type { SqlParamType } from "../statement/sql-statement";
import type { Dialect } from "./dialect";
import { duckDbTable } from "./quote-identifier";

const TYPES: Record<SqlParamType, string> = {
  STRING: "VARCHAR",
  INT64: "BIGINT",
  FLOAT64: "DOUBLE",
  BOOL: "BOOLEAN",
};

/** DuckDB over a table of GA4 export rows (`event_params` a list of `{ key, value }` structs). */
export const duckDbDialect: Dialect = {
  name: "duckdb",
  title: "DuckDB",
  placeholder: (name) => `$${name}`,
  type: (type) => TYPES[type],
  source({ table, days }, bind) {
    const from = duckDbTable(table);
    if (days === undefined) return { from, where: undefined, comment: "every row of the table" };
    return {
      from,
      where: `event_date BETWEEN ${bind("start_day", days.start)} AND ${bind("end_day", days.end)}`,
      comment: "the rows of the date range (by event_date)",
    };
  },
  distinctRows: (rows) => `SELECT DISTINCT *\nFROM ${rows}`,
  lastParam: (key) => `list_filter(event_params, lambda param: param.key = ${key})[-1]`,
  paramsText: () => "CAST(to_json(event_params) AS VARCHAR)",
  isNan: (value) => `isnan(${value})`,
  isInfinite: (value) => `isinf(${value})`,
  orderedArray: (value, orderBy, limit) => {
    const all = `list(${value} ORDER BY ${orderBy})`;
    return limit === undefined ? all : `${all}[1:${limit}]`;
  },
  arrayKey: (array) => `CAST(to_json(${array}) AS VARCHAR)`,
  nullStringArray: () => "CAST(NULL AS VARCHAR[])",
  starExcept: (columns) => `* EXCLUDE (${columns.join(", ")})`,
  listSortKey: (array) => `array_to_string(${array}, chr(1))`,
};
