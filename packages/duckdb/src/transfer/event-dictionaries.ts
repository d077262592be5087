import type { DuckDBConnection } from "@duckdb/node-api";
import { EVENT_COLUMNS } from "@journeykit/sql/internal";

/** The text columns of the events query that are sent to JavaScript as codes into a dictionary. */
export const DICTIONARY_COLUMNS = [
  "customer_id",
  "event_name",
  "session_id",
  "event_source",
  "event_medium",
  "event_campaign",
  "event_channel_group",
] as const;

/** One of {@link DICTIONARY_COLUMNS}. */
export type DictionaryColumn = (typeof DICTIONARY_COLUMNS)[number];

/** Each dictionary column's distinct values, in the order of their codes. */
export type EventDictionaries = Readonly<Record<DictionaryColumn, readonly string[]>>;

/** The ENUM type that codes `column` of a read's events table. */
export function dictionaryType(prefix: string, column: DictionaryColumn): string {
  return `${prefix}_${column}`;
}

/**
 * Makes an ENUM type of the distinct values of each text column of the events table, and reads
 * them: turning a string into a JavaScript string costs far more than a number, so each distinct
 * one crosses once and every event carries codes (`enum_code`) into the dictionaries.
 */
export async function createDictionaries(
  connection: DuckDBConnection,
  events: string,
  prefix: string,
): Promise<EventDictionaries> {
  const dictionaries: Partial<Record<DictionaryColumn, readonly string[]>> = {};
  for (const column of DICTIONARY_COLUMNS) {
    const type = dictionaryType(prefix, column);
    await connection.run(
      `CREATE TYPE ${type} AS ENUM (SELECT DISTINCT ${column} FROM ${events} WHERE ${column} IS NOT NULL)`,
    );
    const reader = await connection.runAndReadAll(`SELECT unnest(enum_range(NULL::${type}))`);
    dictionaries[column] = reader.getRowsJS().map((row) => String(row[0]));
  }
  return dictionaries as EventDictionaries;
}

/** Drops the types {@link createDictionaries} made (those it made before a failure too). */
export async function dropDictionaries(connection: DuckDBConnection, prefix: string): Promise<void> {
  for (const column of DICTIONARY_COLUMNS) {
    await connection.run(`DROP TYPE IF EXISTS ${dictionaryType(prefix, column)}`).catch(() => undefined);
  }
}

/**
 * The transfer query: every event in the columns of `EVENT_COLUMNS`, in their order, the text
 * columns as codes into the dictionaries, the kept params as JSON text.
 */
export function transferSql(events: string, prefix: string): string {
  const dictionary: ReadonlySet<string> = new Set(DICTIONARY_COLUMNS);
  const columns = EVENT_COLUMNS.map((column) =>
    dictionary.has(column)
      ? `enum_code(${column}::${dictionaryType(prefix, column as DictionaryColumn)}) AS ${column}`
      : column,
  );
  return `SELECT\n  ${columns.join(",\n  ")}\nFROM ${events}`;
}
