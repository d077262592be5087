import type { PropertyValue } from "@journeykit/core";
import { coalesceParamValue, INVALID_PARAM_VALUE } from "./coalesce-param-value";
import { isRecord, ownField } from "./read-field";

/**
 * The raw values of the export fields a read needs, as JSON gives them: nothing is checked yet.
 * Both row decoders (the fast scanner and the `JSON.parse` reference) fill it, so everything after
 * decoding is shared.
 */
export interface Ga4RowFields {
  eventName?: unknown;
  eventTimestamp?: unknown;
  userPseudoId?: unknown;
  userId?: unknown;
  collectedTrafficSource?: unknown;
  sessionTrafficSourceLastClick?: unknown;
  trafficSource?: unknown;
  ecommerce?: unknown;
  items?: unknown;
  batchPageId?: unknown;
  batchOrderingId?: unknown;
  batchEventIndex?: unknown;
}

/** The export's column names, and where each goes in {@link Ga4RowFields}. */
export const EXPORT_COLUMNS = {
  event_name: "eventName",
  event_timestamp: "eventTimestamp",
  user_pseudo_id: "userPseudoId",
  user_id: "userId",
  collected_traffic_source: "collectedTrafficSource",
  session_traffic_source_last_click: "sessionTrafficSourceLastClick",
  traffic_source: "trafficSource",
  ecommerce: "ecommerce",
  items: "items",
  batch_page_id: "batchPageId",
  batch_ordering_id: "batchOrderingId",
  batch_event_index: "batchEventIndex",
} as const satisfies Record<string, keyof Ga4RowFields>;

/** An export column that {@link Ga4RowFields} can hold. */
export type ExportColumn = keyof typeof EXPORT_COLUMNS;

/** Marks a {@link RowProblem}, so that no record read from data can pass for one. */
export const ROW_PROBLEM: unique symbol = Symbol("GA4 row problem");

/** What was wrong with a row: a stable code and a reason naming the field. */
export interface RowProblem {
  readonly [ROW_PROBLEM]: true;
  readonly code: string;
  readonly reason: string;
}

/** Makes a {@link RowProblem}. */
export function rowProblem(code: string, reason: string): RowProblem {
  return { [ROW_PROBLEM]: true, code, reason };
}

/** Whether `value` is a {@link RowProblem}. */
export function isProblem(value: unknown): value is RowProblem {
  return value !== null && typeof value === "object" && ROW_PROBLEM in value;
}

/** One decoded row: its fields and its event params (coalesced), or why it cannot be read. */
export type RowDecoding =
  | { readonly fields: Ga4RowFields; readonly params: Record<string, PropertyValue> }
  | { readonly problem: RowProblem };

/**
 * Reads one param as `JSON.parse` gives it (`{ key, value: { string_value, ... } }`) into its key
 * and coalesced value, or `undefined` when it does not have that shape.
 *
 * @example
 * ```ts
 * readParamRecord({ key: "ga_session_id", value: { int_value: "1705169018" } }); // ["ga_session_id", 1705169018]
 * readParamRecord({ key: "", value: {} }); // undefined
 * ```
 */
export function readParamRecord(param: unknown): readonly [string, PropertyValue] | undefined {
  if (!isRecord(param)) return undefined;
  const key = ownField(param, "key");
  const value = ownField(param, "value");
  if (typeof key !== "string" || key === "") return undefined;
  if (value !== null && value !== undefined && !isRecord(value)) return undefined;
  const fields = value ?? {};
  const coalesced = coalesceParamValue(
    ownField(fields, "string_value"),
    ownField(fields, "int_value"),
    ownField(fields, "float_value"),
    ownField(fields, "double_value"),
  );
  return coalesced === INVALID_PARAM_VALUE ? undefined : [key, coalesced];
}
