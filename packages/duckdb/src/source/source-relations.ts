import type { Ga4TrafficScope } from "@journeykit/ga4/schema";
import { checkColumns, checkedRowsSql, checkStructureText, typedStructure } from "./export-columns";
import { sqlList } from "./source-files";

/** Where the rows come from, resolved: JSON or Parquet files, or a table of a connection. */
export type RowsFrom =
  | {
      readonly kind: "json";
      readonly files: readonly string[];
      readonly layout: "auto" | "ndjson" | "json-array";
    }
  | { readonly kind: "parquet"; readonly files: readonly string[] }
  | { readonly kind: "table"; readonly table: string };

const JSON_LAYOUT = { auto: "auto", ndjson: "newline_delimited", "json-array": "array" } as const;

/** A table name, each dot-separated part quoted. */
export function quotedTable(table: string): string {
  return table
    .split(".")
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join(".");
}

const text = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The export's rows as JSON records, one column `json`: a JSON file's records as written (so
 * that two rows are duplicates exactly when their text is the same, as for `readGa4Export`), a
 * typed source's rows as JSON (so that every source, whatever types DuckDB gave its columns, is
 * read by the same rules, and a row is a duplicate when every column is the same).
 */
export function recordsSql(from: RowsFrom): string {
  switch (from.kind) {
    case "json":
      return `read_json_objects(${sqlList(from.files)}, format = '${JSON_LAYOUT[from.layout]}')`;
    case "parquet":
      return `(SELECT to_json(export_row) AS json FROM read_parquet(${sqlList(from.files)}, union_by_name = true) AS export_row)`;
    case "table":
      return `(SELECT to_json(export_row) AS json FROM ${quotedTable(from.table)} AS export_row)`;
  }
}

/**
 * The rows as the events query reads them: the columns a read takes, typed, and `jk_row_hash`,
 * the hash of the whole record, which tells identical rows from others after they have become
 * events. `tolerant` makes a record that cannot be typed all NULL (the events query leaves it
 * out), for a typed source whose bad rows were skipped.
 */
export function rowsSql(from: RowsFrom, scope: Ga4TrafficScope, tolerant = false): string {
  const typed = `json_transform(json, ${text(typedStructure(scope))})`;
  return `SELECT unnest(${tolerant ? `TRY(${typed})` : typed}), hash(json) AS jk_row_hash
FROM ${recordsSql(from)}`;
}

/**
 * The rows as they are counted and checked (see `checkedRowsSql`): a JSON file read by
 * `read_json` with every value as JSON (no conversion, no record text: the fastest read), a
 * typed source through its records.
 */
export function checkedRowsRelation(from: RowsFrom, scope: Ga4TrafficScope): string {
  const columns = checkColumns(scope);
  const rows =
    from.kind === "json"
      ? `read_json(${sqlList(from.files)}, format = '${JSON_LAYOUT[from.layout]}', columns = ${columns})`
      : `(SELECT unnest(json_transform(json, ${text(checkStructureText(scope))})) FROM ${recordsSql(from)})`;
  return checkedRowsSql(scope, rows);
}
