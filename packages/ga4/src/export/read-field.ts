import { type RowProblem, rowProblem } from "./row-decoding";

/** A JSON object, as the export's RECORD columns arrive. */
export type JsonRecord = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `record[key]` if it is the record's own property (JSON.parse never sets a prototype). */
export function ownField(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A problem about a field of the wrong type, named by its path in the row. */
export function wrongType(path: string, expected: string, value: unknown): RowProblem {
  const got = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
  return rowProblem("GA4_WRONG_TYPE", `${path} should be ${expected}, not ${got}`);
}

/**
 * A STRING column: the string, or `undefined` when null, absent or empty; a problem when it
 * holds anything else.
 */
export function optionalText(record: JsonRecord, key: string, path: string): string | undefined | RowProblem {
  const value = ownField(record, key);
  if (value === null || value === undefined || value === "") return undefined;
  return typeof value === "string" ? value : wrongType(`${path}.${key}`, "a string", value);
}

/**
 * A RECORD column: the record, or `undefined` when null or absent; a problem when it holds
 * anything else.
 */
export function optionalRecord(value: unknown, path: string): JsonRecord | undefined | RowProblem {
  if (value === null || value === undefined) return undefined;
  return isRecord(value) ? value : wrongType(path, "an object", value);
}
