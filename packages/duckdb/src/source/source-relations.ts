import type { DuckDBConnection } from "@duckdb/node-api";
import type { Ga4TrafficScope } from "@journeykit/ga4/schema";
import { GA4_TRAFFIC_COLUMNS } from "@journeykit/ga4/schema";
import { checkColumns, checkedRowsSql, typedColumnTypes, typedStructure } from "./export-columns";
import { sqlList } from "./source-files";

/** Where the rows come from, resolved: JSON or Parquet files, or a table of a connection. */
export type RowsFrom =
  | {
      readonly kind: "json";
      readonly files: readonly string[];
      readonly layout: "auto" | "ndjson" | "json-array";
    }
  | (TypedSource & { readonly columns: ReadonlySet<string> });

const JSON_LAYOUT = { auto: "auto", ndjson: "newline_delimited", "json-array": "array" } as const;

/** A table name, each dot-separated part quoted. */
export function quotedTable(table: string): string {
  return table
    .split(".")
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join(".");
}

const text = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** A typed source: Parquet files or a table of a connection. */
type TypedSource =
  | { readonly kind: "parquet"; readonly files: readonly string[] }
  | { readonly kind: "table"; readonly table: string };

/** A typed source as a relation. */
export function typedRelation(from: TypedSource): string {
  return from.kind === "table"
    ? quotedTable(from.table)
    : `read_parquet(${sqlList(from.files)}, union_by_name = true)`;
}

/** The columns a typed source has. */
export async function columnsOf(
  connection: DuckDBConnection,
  relation: string,
): Promise<ReadonlySet<string>> {
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`);
  return new Set(described.getRowObjectsJS().map((row) => String(row.column_name)));
}

/**
 * Each column a read takes from a typed source, cast to the type the events query reads (a
 * field a record lacks is NULL; a value that does not cast is NULL), or NULL where the source
 * has no such column; `unsure` where a value is there but does not cast.
 */
function typedCasts(from: Exclude<RowsFrom, { kind: "json" }>, scope: Ga4TrafficScope) {
  return typedColumnTypes(scope).map(([name, type]) =>
    from.columns.has(name)
      ? {
          name,
          value: `TRY_CAST(${name} AS ${type})`,
          unsure: `(${name} IS NOT NULL AND TRY_CAST(${name} AS ${type}) IS NULL)`,
        }
      : { name, value: `CAST(NULL AS ${type})`, unsure: undefined },
  );
}

/**
 * The export's rows as the events query reads them: the columns a read takes, typed, and
 * `jk_row_hash`, the hash of the whole row, which tells identical rows from others after they
 * have become events: a JSON file's records as written (two rows are duplicates exactly when
 * their text is the same, as for `readGa4Export`), a typed source's rows with every column.
 */
export function rowsSql(from: RowsFrom, scope: Ga4TrafficScope): string {
  if (from.kind === "json") {
    return `SELECT unnest(json_transform(json, ${text(typedStructure(scope))})), hash(json) AS jk_row_hash
FROM read_json_objects(${sqlList(from.files)}, format = '${JSON_LAYOUT[from.layout]}')`;
  }
  const casts = typedCasts(from, scope).map(({ name, value }) => `${value} AS ${name}`);
  return `SELECT ${casts.join(", ")}, hash(export_row) AS jk_row_hash\nFROM ${typedRelation(from)} AS export_row`;
}

/**
 * The rows as they are counted and checked (see `checkedRowsSql`): a JSON file read by
 * `read_json` with every value as JSON (no conversion: the fastest read); a typed source with
 * its values cast, unsure where a value does not cast or a param has no key.
 */
export function checkedRowsRelation(from: RowsFrom, scope: Ga4TrafficScope): string {
  if (from.kind === "json") {
    const columns = checkColumns(scope);
    return checkedRowsSql(
      scope,
      `read_json(${sqlList(from.files)}, format = '${JSON_LAYOUT[from.layout]}', columns = ${columns})`,
    );
  }
  const casts = typedCasts(from, scope);
  const unsure = casts.flatMap(({ unsure }) => (unsure === undefined ? [] : [unsure]));
  const params = casts.find(({ name }) => name === "event_params")?.value ?? "NULL";
  const lastClick = GA4_TRAFFIC_COLUMNS.session;
  const given = (name: string) => (from.columns.has(name) ? `${name} IS NOT NULL` : "FALSE");
  return `SELECT ${casts.map(({ name, value }) => `${value} AS ${name}`).join(", ")},
  coalesce(${[...unsure, `list_bool_or(list_transform(${params}, lambda param: param IS NULL OR param.key IS NULL OR param.key = ''))`].join(" OR ")}, FALSE) AS jk_unsure,
  ${given(lastClick)} AS jk_last_click,
  ${given("event_name")} AS jk_name_given,
  ${given("event_timestamp")} AS jk_timestamp_given
FROM ${typedRelation(from)}`;
}
