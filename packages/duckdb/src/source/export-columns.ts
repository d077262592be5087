import {
  GA4_BATCH_COLUMNS,
  GA4_LAST_CLICK_TRAFFIC,
  GA4_TRAFFIC_COLUMNS,
  type Ga4TrafficScope,
} from "@journeykit/ga4/schema";

/** A `json_transform` structure: a type name, a record of structures, or a list of one. */
type Structure = string | { readonly [field: string]: Structure } | readonly [Structure];

/** The fields of each traffic record that the readers read. */
const TRAFFIC_FIELDS: Record<Ga4TrafficScope, Record<string, readonly string[]>> = {
  event: { "": ["manual_source", "manual_medium", "manual_campaign_name", "gclid"] },
  session: {
    cross_channel_campaign: GA4_LAST_CLICK_TRAFFIC.crossChannel,
    manual_campaign: GA4_LAST_CLICK_TRAFFIC.manual,
    google_ads_campaign: GA4_LAST_CLICK_TRAFFIC.googleAds,
  },
  user: { "": ["name", "medium", "source"] },
};

function trafficStructure(scope: Ga4TrafficScope, type: string): Structure {
  const records = Object.entries(TRAFFIC_FIELDS[scope]).map(
    ([record, fields]) => [record, Object.fromEntries(fields.map((field) => [field, type]))] as const,
  );
  return records.length === 1 && records[0]?.[0] === ""
    ? (records[0][1] as Structure)
    : Object.fromEntries(records);
}

const SCALARS = ["event_name", "event_timestamp", "user_pseudo_id", "user_id", ...GA4_BATCH_COLUMNS] as const;

function typedColumns(scope: Ga4TrafficScope): Record<string, Structure> {
  const types: Record<(typeof SCALARS)[number], string> = {
    event_name: "VARCHAR",
    event_timestamp: "BIGINT",
    user_pseudo_id: "VARCHAR",
    user_id: "VARCHAR",
    batch_page_id: "BIGINT",
    batch_ordering_id: "BIGINT",
    batch_event_index: "BIGINT",
  };
  return {
    ...types,
    event_params: [
      {
        key: "VARCHAR",
        value: {
          string_value: "VARCHAR",
          int_value: "BIGINT",
          float_value: "DOUBLE",
          double_value: "DOUBLE",
        },
      },
    ],
    [GA4_TRAFFIC_COLUMNS[scope]]: trafficStructure(scope, "VARCHAR"),
  };
}

/**
 * The columns a read takes, as `json_transform` reads them into the events query: typed as the
 * export types them (`event_params` a list of `{ key, value }`, INT64s as BIGINT).
 */
export function typedStructure(scope: Ga4TrafficScope): string {
  return JSON.stringify(typedColumns(scope));
}

/** The same columns as DuckDB types, for a typed source's columns to be cast to. */
export function typedColumnTypes(scope: Ga4TrafficScope): readonly (readonly [string, string])[] {
  return Object.entries(typedColumns(scope)).map(
    ([name, structure]) => [name, duckDbType(structure)] as const,
  );
}

/** A structure as a DuckDB type: `VARCHAR`, `STRUCT(a JSON, ...)`, `T[]`. */
function duckDbType(structure: Structure): string {
  if (typeof structure === "string") return structure;
  if (Array.isArray(structure)) return `${duckDbType(structure[0] as Structure)}[]`;
  const fields = Object.entries(structure as Record<string, Structure>);
  return `STRUCT(${fields.map(([name, field]) => `${name} ${duckDbType(field)}`).join(", ")})`;
}

/**
 * The same columns with every value left as JSON, as `read_json`'s `columns` argument, to check
 * before reading that each has a type `readGa4Export` reads the way DuckDB does (see
 * {@link checkedRowsSql}); and whether the session's last click is there.
 */
export function checkColumns(scope: Ga4TrafficScope): string {
  const columns = Object.entries(checkStructure(scope));
  return `{${columns.map(([name, structure]) => `${name}: '${duckDbType(structure)}'`).join(", ")}}`;
}

function checkStructure(scope: Ga4TrafficScope): Record<string, Structure> {
  return {
    ...Object.fromEntries(SCALARS.map((name) => [name, "JSON"])),
    event_params: [
      {
        key: "JSON",
        value: { string_value: "JSON", int_value: "JSON", float_value: "JSON", double_value: "JSON" },
      },
    ],
    [GA4_TRAFFIC_COLUMNS[scope]]: trafficStructure(scope, "JSON"),
    ...(scope === "session" ? {} : { [GA4_TRAFFIC_COLUMNS.session]: "JSON" }),
  };
}

const isNull = (value: string) => `coalesce(json_type(${value}) = 'NULL', TRUE)`;
const isText = (value: string) => `(${isNull(value)} OR json_type(${value}) = 'VARCHAR')`;
const isInteger = (value: string) => `json_type(${value}) IN ('BIGINT', 'UBIGINT')`;
const digits = (value: string, pattern: string) =>
  `(json_type(${value}) = 'VARCHAR' AND regexp_full_match(${value} ->> '$', '${pattern}'))`;

/** A JSON scalar as the typed column: a string, or an INT64 of digits (as text or a number). */
function converted(name: (typeof SCALARS)[number]): { value: string; unsure: string } {
  if (name === "event_name" || name === "user_pseudo_id" || name === "user_id") {
    return {
      value: `CASE WHEN json_type(${name}) = 'VARCHAR' THEN ${name} ->> '$' END`,
      unsure: `NOT ${isText(name)}`,
    };
  }
  // A timestamp of more than 19 digits, an integer beyond BIGINT or any other value goes to
  // readGa4Export, which decides about it.
  const pattern = name === "event_timestamp" ? "-?[0-9]{1,19}" : "-?[0-9]+";
  const value = `CASE WHEN ${isInteger(name)} OR ${digits(name, pattern)} THEN TRY_CAST(${name} ->> '$' AS BIGINT) END`;
  return { value, unsure: `NOT ${isNull(name)} AND (${value}) IS NULL` };
}

/** Whether any param is not of the shape and types the typed read takes exactly. */
function paramsUnsure(): string {
  const field = (name: string) => `param.value.${name}`;
  // A FLOAT64 as a JSON number or as decimal text, both of which readGa4Export reads as numbers.
  const number = (name: string) =>
    `(${isNull(field(name))} OR json_type(${field(name)}) IN ('DOUBLE', 'BIGINT', 'UBIGINT') OR ${digits(field(name), "-?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?")})`;
  const good = [
    `json_type(param.key) = 'VARCHAR'`,
    `(param.key ->> '$') <> ''`,
    isText(field("string_value")),
    // Digits beyond BIGINT would fail the typed read: readGa4Export keeps them as text.
    `(${isNull(field("int_value"))} OR ((${isInteger(field("int_value"))} OR ${digits(field("int_value"), "-?[0-9]+")}) AND TRY_CAST(${field("int_value")} ->> '$' AS BIGINT) IS NOT NULL))`,
    number("float_value"),
    number("double_value"),
  ].join(" AND ");
  // A null param is not good either (coalesce): readGa4Export rejects it.
  return `coalesce(list_bool_or(list_transform(event_params, lambda param: NOT coalesce(${good}, FALSE))), FALSE)`;
}

/** Whether any field of the traffic record read is not a string. */
function trafficUnsure(scope: Ga4TrafficScope): string {
  const column = GA4_TRAFFIC_COLUMNS[scope];
  const checks = Object.entries(TRAFFIC_FIELDS[scope]).flatMap(([record, fields]) =>
    fields.map((name) => `NOT ${isText(`${column}${record === "" ? "" : `.${record}`}.${name}`)}`),
  );
  return checks.join(" OR ");
}

/**
 * A SELECT over `checked` (rows transformed by {@link checkStructure}) giving the scalars as the
 * typed read gives them, `jk_unsure` (a value DuckDB would take differently from
 * `readGa4Export`: the read then goes to `readGa4Export`), `jk_empty_key` (a param without a
 * key, which `readGa4Export` rejects) and `jk_last_click`.
 */
export function checkedRowsSql(scope: Ga4TrafficScope, checked: string): string {
  const scalars = SCALARS.map((name) => ({ name, ...converted(name) }));
  const lastClick = GA4_TRAFFIC_COLUMNS.session;
  return `SELECT
  ${scalars.map(({ name, value }) => `${value} AS ${name}`).join(",\n  ")},
  coalesce(${[...scalars.map(({ unsure }) => `(${unsure})`), paramsUnsure(), trafficUnsure(scope)].join("\n    OR ")}, FALSE) AS jk_unsure,
  ${scope === "session" ? `${lastClick} IS NOT NULL` : `NOT ${isNull(lastClick)}`} AS jk_last_click,
  NOT ${isNull("event_name")} AS jk_name_given,
  NOT ${isNull("event_timestamp")} AS jk_timestamp_given
FROM ${checked}`;
}
