import type { DuckDBConnection } from "@duckdb/node-api";
import type { Ga4TrafficScope } from "@journeykit/ga4/schema";
import { convertedColumn, type ExportColumn, exportColumns, jsonColumnsArgument } from "./export-columns";
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

export function quotedTable(table: string): string {
  return table
    .split(".")
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join(".");
}

/** The rows of JSON files, each column converted by readGa4Export's rules (see {@link convertedColumn}). */
function jsonRows(columns: readonly ExportColumn[], from: Extract<RowsFrom, { kind: "json" }>): string {
  const converted = columns.map((column) => ({ column, ...convertedColumn(column) }));
  const unsure = converted.flatMap(({ unsure }) => (unsure === undefined ? [] : [`(${unsure})`]));
  return `SELECT
  ${converted.map(({ column, value }) => `${value} AS ${column.name}`).join(",\n  ")},
  coalesce(${unsure.join(" OR ")}, FALSE) AS jk_unsure
FROM read_json(${sqlList(from.files)}, format = '${JSON_LAYOUT[from.layout]}', columns = ${jsonColumnsArgument(columns)})`;
}

/** The rows of Parquet files or a table: typed already; a column the source lacks is NULL. */
async function typedRows(
  connection: DuckDBConnection,
  columns: readonly ExportColumn[],
  from: Exclude<RowsFrom, { kind: "json" }>,
): Promise<string> {
  const relation =
    from.kind === "table"
      ? quotedTable(from.table)
      : `read_parquet(${sqlList(from.files)}, union_by_name = true)`;
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`);
  const present = new Set(described.getRowObjectsJS().map((row) => String(row.column_name)));
  const select = columns.map((column) =>
    present.has(column.name)
      ? column.json === undefined
        ? column.name
        : `CAST(${column.name} AS ${column.type}) AS ${column.name}`
      : `CAST(NULL AS ${column.type}) AS ${column.name}`,
  );
  return `SELECT\n  ${select.join(",\n  ")},\n  FALSE AS jk_unsure\nFROM ${relation}`;
}

/**
 * Reads the export into temporary table `name`: the columns a read takes, `jk_unsure` (a value
 * the conversion could not take exactly), and `jk_copies`, how many identical rows each row
 * stands for (with `removeDuplicates`; else 1 and every row kept). DuckDB reads in parallel and
 * removes duplicates across every file at once.
 */
export async function loadRowsTable(
  connection: DuckDBConnection,
  from: RowsFrom,
  options: { readonly scope: Ga4TrafficScope; readonly removeDuplicates: boolean; readonly name: string },
): Promise<void> {
  const columns = exportColumns(options.scope);
  const rows = from.kind === "json" ? jsonRows(columns, from) : await typedRows(connection, columns, from);
  const body = options.removeDuplicates
    ? `SELECT *, count(*) AS jk_copies FROM (\n${rows}\n) GROUP BY ALL`
    : `SELECT *, 1 AS jk_copies FROM (\n${rows}\n)`;
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${quotedTable(options.name)} AS\n${body}`);
}
