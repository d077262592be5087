import { GA4_PARAM_VALUE_FIELDS } from "@journeykit/ga4/schema";
import { exportEventCtes } from "../export/export-event-ctes";
import type { SqlContext } from "../export/sql-context";

/**
 * The columns of an events query, in order: who, what and when, the sequence, the session, the
 * traffic fields, the `value` param as a number, and the kept params as JSON text.
 *
 * @example
 * ```ts
 * EVENT_COLUMNS.indexOf("event_time"); // 2
 * ```
 */
export const EVENT_COLUMNS = [
  "customer_id",
  "event_name",
  "event_time",
  "has_sequence",
  "batch_page_id",
  "batch_ordering_id",
  "batch_event_index",
  "session_id",
  "event_source",
  "event_medium",
  "event_campaign",
  "event_channel_group",
  "event_value",
  "params_json",
] as const;

/**
 * The kept params of a row as JSON text, each `{ key, value }` as the export writes it, with
 * `int_value` as a string of digits so that no integer loses a digit on its way to JavaScript;
 * NULL when none is kept.
 */
function keptParamsJson(context: SqlContext, keep: readonly string[] | undefined): string {
  if (keep?.length === 0) return "CAST(NULL AS VARCHAR)";
  const keys = keep?.map((key, k) => context.params.text(`kept_param_${k + 1}`, key));
  const kept =
    keys === undefined
      ? "event_params"
      : `list_filter(event_params, lambda param: param.key IN (${keys.join(", ")}))`;
  const value = GA4_PARAM_VALUE_FIELDS.map((field) =>
    field === "int_value"
      ? `'int_value': CAST(param.value.int_value AS VARCHAR)`
      : `'${field}': param.value.${field}`,
  ).join(", ");
  return `CAST(to_json(list_transform(${kept}, lambda param: {'key': param.key, 'value': {${value}}})) AS VARCHAR)`;
}

/**
 * The CTEs and final SELECT of the events query (DuckDB): every event as `readGa4Export` reads
 * it, one row each, in the columns of {@link EVENT_COLUMNS}, for a reader that builds events
 * from them (the channel is left to it: it is GA4's channel grouping, written once, in
 * `@journeykit/ga4`).
 *
 * @param keep - The params kept as properties; `undefined` keeps all.
 * @param passThrough - Columns of the table to hand on as they are, after those.
 */
export function eventsSql(
  context: SqlContext,
  keep: readonly string[] | undefined,
  passThrough: readonly string[] = [],
) {
  const value = context.properties.of("value").column("number");
  const ctes = exportEventCtes(context, {
    sessions: true,
    paramsTieBreak: false,
    traffic: true,
    rowColumns: [`${keptParamsJson(context, keep)} AS params_json`],
    passThrough,
  });
  const final = `SELECT
  customer_id,
  event_name,
  event_time,
  has_sequence,
  CAST(batch_page_id AS DOUBLE) AS batch_page_id,
  CAST(batch_ordering_id AS DOUBLE) AS batch_ordering_id,
  CAST(batch_event_index AS DOUBLE) AS batch_event_index,
  session_id,
  event_source,
  event_medium,
  event_campaign,
  event_channel_group,
  ${value} AS event_value,
  params_json${passThrough.map((column) => `,\n  ${column}`).join("")}
FROM events`;
  return { title: "events, as readGa4Export reads them", ctes, final };
}
