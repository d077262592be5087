import type { PropertyValue } from "@journeykit/core";
import { isRecord, ownField as own } from "./read-field";
import {
  EXPORT_COLUMNS,
  type ExportColumn,
  type Ga4RowFields,
  type RowDecoding,
  readParamRecord,
  rowProblem,
} from "./row-decoding";
import { setProperty } from "./set-property";

// A key can be any length in bad data; a message shows the start of it.
function shown(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}...` : key);
}

function paramProblem(param: unknown, index: number): string {
  if (!isRecord(param)) return `event_params[${index}] is not an object`;
  const key = own(param, "key");
  if (typeof key !== "string" || key === "") return `event_params[${index}].key is not a non-empty string`;
  const value = own(param, "value");
  if (value !== null && value !== undefined && !isRecord(value)) {
    return `event_params[${index}].value (key ${shown(key)}) is not an object`;
  }
  return `event_params[${index}].value (key ${shown(key)}) has a field of the wrong type: string_value must be a string, int_value an INT64 (digits), float_value and double_value numbers`;
}

/**
 * Decodes one export row with `JSON.parse`: the reference that the fast scanner must agree with,
 * and the fallback for every row the scanner is not sure about.
 *
 * @param text - The row's JSON text.
 * @param columns - The columns to pick up; others are left out of the fields.
 */
export function decodeRowReference(text: string, columns: readonly ExportColumn[]): RowDecoding {
  let row: unknown;
  try {
    row = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: rowProblem("GA4_INVALID_JSON", `the row is not valid JSON (${detail})`) };
  }
  if (!isRecord(row)) {
    const what = row === null ? "null" : Array.isArray(row) ? "an array" : `a ${typeof row}`;
    return { problem: rowProblem("GA4_NOT_AN_OBJECT", `the row is ${what}, not a JSON object`) };
  }
  const fields: Ga4RowFields = {};
  for (const column of columns) {
    const value = own(row, column);
    if (value !== undefined) fields[EXPORT_COLUMNS[column]] = value;
  }
  const params: Record<string, PropertyValue> = {};
  const list = own(row, "event_params");
  if (list !== null && list !== undefined) {
    if (!Array.isArray(list)) {
      return { problem: rowProblem("GA4_WRONG_TYPE", "event_params should be an array") };
    }
    for (let index = 0; index < list.length; index += 1) {
      const entry = readParamRecord(list[index]);
      if (entry === undefined)
        return { problem: rowProblem("GA4_BAD_PARAM", paramProblem(list[index], index)) };
      setProperty(params, entry[0], entry[1]);
    }
  }
  return { fields, params };
}
