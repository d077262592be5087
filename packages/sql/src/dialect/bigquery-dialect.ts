import type { SqlParamType } from "../statement/sql-statement";
import type { Dialect } from "./dialect";
import { bigQueryTable } from "./quote-identifier";

const TYPES: Record<SqlParamType, string> = {
  STRING: "STRING",
  INT64: "INT64",
  FLOAT64: "FLOAT64",
  BOOL: "BOOL",
};

/** BigQuery (GoogleSQL) over the GA4 export's daily tables. */
export const bigQueryDialect: Dialect = {
  name: "bigquery",
  title: "BigQuery",
  placeholder: (name) => `@${name}`,
  type: (type) => TYPES[type],
  source({ table, days }, bind) {
    const from = bigQueryTable(table);
    if (days === undefined) return { from, where: undefined, comment: "every day of the export" };
    const start = bind("start_day", days.start);
    const end = bind("end_day", days.end);
    // A wildcard table is filtered by its daily tables' suffix, so only those days are scanned.
    return table.endsWith("*")
      ? {
          from,
          where: `_TABLE_SUFFIX BETWEEN ${start} AND ${end}`,
          comment: "the daily tables of the date range (by _TABLE_SUFFIX)",
        }
      : { from, where: `event_date BETWEEN ${start} AND ${end}`, comment: "the rows of the date range" };
  },
  distinctRows: (rows) =>
    `SELECT * EXCEPT (row_copy)\nFROM (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY TO_JSON_STRING(export_row)) AS row_copy\n  FROM ${rows} AS export_row\n)\nWHERE row_copy = 1`,
  lastParam: (key) =>
    `(SELECT param FROM UNNEST(event_params) AS param WITH OFFSET AS position WHERE param.key = ${key} ORDER BY position DESC LIMIT 1)`,
  paramsText: () => "TO_JSON_STRING(event_params)",
  isNan: (value) => `IS_NAN(${value})`,
  isInfinite: (value) => `IS_INF(${value})`,
  // ARRAY_AGG(... ORDER BY ...) would do, but sorting the collected structs keeps the SQL readable
  // by every GoogleSQL parser the tests use.
  orderedArray: (value, orderBy, limit) =>
    `ARRAY(SELECT item.value FROM UNNEST(ARRAY_AGG(STRUCT(${orderBy} AS position, ${value} AS value))) AS item ORDER BY item.position${limit === undefined ? "" : ` LIMIT ${limit}`})`,
  arrayKey: (array) => `TO_JSON_STRING(${array})`,
  nullStringArray: () => "CAST(NULL AS ARRAY<STRING>)",
  starExcept: (columns) => `* EXCEPT (${columns.join(", ")})`,
  listSortKey: (array) => `ARRAY_TO_STRING(${array}, '\\x01')`,
};
