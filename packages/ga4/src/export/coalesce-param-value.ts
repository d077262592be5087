import type { PropertyValue } from "@journeykit/core";

/** Returned by {@link coalesceParamValue} when a field holds a type the export never writes. */
export const INVALID_PARAM_VALUE: unique symbol = Symbol("invalid GA4 param value");

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

function intValue(value: unknown): PropertyValue | typeof INVALID_PARAM_VALUE | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return Number.isInteger(value) ? value : INVALID_PARAM_VALUE;
  if (typeof value !== "string" || !INTEGER.test(value)) return INVALID_PARAM_VALUE;
  const number = Number(value);
  // An INT64 beyond 2^53 would lose digits as a number; keep its exact digits instead.
  return Number.isSafeInteger(number) ? number : value;
}

function floatValue(value: unknown): PropertyValue | typeof INVALID_PARAM_VALUE | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (typeof value !== "string") return INVALID_PARAM_VALUE;
  if (DECIMAL.test(value)) return Number(value);
  // BigQuery writes non-finite FLOAT64 values as strings; JSON has no number for them.
  return NON_FINITE.has(value) ? value : INVALID_PARAM_VALUE;
}

/**
 * The one value of a GA4 event parameter, from its four typed fields (`string_value`,
 * `int_value`, `float_value`, `double_value`), of which the export sets at most one: the same key
 * can arrive as a string in one row and an integer in the next, so each row is read as it comes.
 * INT64s arrive as JSON strings and become numbers (exact digits are kept as a string beyond
 * 2^53); all fields null gives `null`. When several are set, the first of string, int, double,
 * float wins. A field of a type the export never writes gives {@link INVALID_PARAM_VALUE}.
 */
export function coalesceParamValue(
  stringField: unknown,
  intField: unknown,
  floatField: unknown,
  doubleField: unknown,
): PropertyValue | typeof INVALID_PARAM_VALUE {
  if (stringField !== null && stringField !== undefined && typeof stringField !== "string") {
    return INVALID_PARAM_VALUE;
  }
  const asInt = intValue(intField);
  const asFloat = floatValue(floatField);
  const asDouble = floatValue(doubleField);
  if (asInt === INVALID_PARAM_VALUE || asFloat === INVALID_PARAM_VALUE || asDouble === INVALID_PARAM_VALUE) {
    return INVALID_PARAM_VALUE;
  }
  if (typeof stringField === "string") return stringField;
  return asInt ?? asDouble ?? asFloat ?? null;
}
