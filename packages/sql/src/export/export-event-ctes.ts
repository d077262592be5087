import { GA4_BATCH_COLUMNS, GA4_SESSION_ID_PARAM } from "@journeykit/ga4/schema";
import type { Cte } from "../statement/cte-query";
import { paramValueSql } from "./param-value-sql";
import type { SqlContext } from "./sql-context";
import { type TrafficSql, trafficSql } from "./traffic-sql";

/** What an analysis needs from each event beyond who, what and when. */
export interface EventNeeds {
  /** The session id (`user_pseudo_id` + `ga_session_id`). */
  readonly sessions: boolean;
  /**
   * Order events on the same microsecond (after the batch columns) by their params too, so that
   * rows an analysis tells apart by a param are ordered the same on every run.
   */
  readonly paramsTieBreak: boolean;
  /**
   * Every traffic field (source, medium, campaign and the export's own channel group, as
   * `event_source`, `event_medium`, `event_campaign`, `event_channel_group`), in any scope: what
   * a reader of whole events needs. Analyses leave it out and ask through `context.traffic`.
   */
  readonly traffic?: boolean;
  /** More columns of CTE `event_rows`, as `expression AS name`, over the export row's columns. */
  readonly rowColumns?: readonly string[];
  /** Columns of the table handed on to CTE `events` as they are (a reader's own row key, say). */
  readonly passThrough?: readonly string[];
}

/** The columns of {@link eventOrder} that stand for an event's sequence. */
export const SEQUENCE_COLUMNS = ["has_sequence", ...GA4_BATCH_COLUMNS].join(", ");

/**
 * The columns that order a customer's events, as the EventLog orders them: time, then the
 * sequence (rows without all three batch columns first, then the three), then the event name
 * (and the params' text when asked), so that the order is the same on every run.
 */
export function eventOrder(needs: EventNeeds): string {
  return `event_timestamp, ${SEQUENCE_COLUMNS}, event_name${needs.paramsTieBreak ? ", params_text" : ""}`;
}

/**
 * The sequence of a row as four expressions: 1 when all three batch columns are there (0
 * otherwise, or always without batch columns), then the three, 0 in a row without a sequence, so
 * that such rows tie on them as events without a sequence do in memory. (A COALESCE to -1 would
 * order a row missing one column among real ids, which may be negative.)
 */
function sequenceSql(context: SqlContext, prefix = ""): readonly string[] {
  if (!context.options.batchColumns) return ["0", "0", "0", "0"];
  const all = GA4_BATCH_COLUMNS.map((column) => `${prefix}${column} IS NOT NULL`).join(" AND ");
  return [
    `CASE WHEN ${all} THEN 1 ELSE 0 END`,
    ...GA4_BATCH_COLUMNS.map((column) => `CASE WHEN ${all} THEN ${prefix}${column} ELSE 0 END`),
  ];
}

/** The export rows of the date range, without duplicates, and the stitched user of each device. */
function exportRowCtes(context: SqlContext, needs: EventNeeds, traffic: TrafficSql | undefined): Cte[] {
  const { dialect, options, params, properties } = context;
  const source = dialect.source({ table: options.table, days: options.dateRange }, (hint, value) =>
    params.text(hint, value),
  );
  const readParams = needs.sessions || properties.all.length > 0 || needs.paramsTieBreak;
  const columns =
    options.duplicates === "remove"
      ? "*"
      : [
          "event_name",
          "event_timestamp",
          "user_pseudo_id",
          ...(options.identity === "pseudo" ? [] : ["user_id"]),
          ...(readParams ? ["event_params"] : []),
          ...(traffic === undefined ? [] : [traffic.column]),
          ...(options.batchColumns ? GA4_BATCH_COLUMNS : []),
          ...(needs.passThrough ?? []),
        ].join(", ");
  const ctes: Cte[] = [
    {
      name: "export_rows",
      comment: `GA4 export rows: ${source.comment}.`,
      body: `SELECT ${columns}\nFROM ${source.from}${source.where === undefined ? "" : `\nWHERE ${source.where}`}`,
    },
  ];
  if (options.duplicates === "remove") {
    ctes.push({
      name: "distinct_rows",
      comment: "One of each set of rows identical in every column: exports can repeat rows.",
      body: dialect.distinctRows("export_rows"),
    });
  }
  if (options.identity === "stitched") {
    ctes.push({
      name: "stitched_users",
      comment:
        "Per device (user_pseudo_id), the user_id of its earliest event that has one: its anonymous\nevents belong to that user too.",
      body: `SELECT user_pseudo_id, user_id
FROM (
  SELECT NULLIF(user_pseudo_id, '') AS user_pseudo_id, NULLIF(user_id, '') AS user_id,
    ROW_NUMBER() OVER (
      PARTITION BY NULLIF(user_pseudo_id, '')
      ORDER BY event_timestamp, ${sequenceSql(context).join(", ")}, event_name
    ) AS earliest
  FROM ${ctes.at(-1)?.name}
  WHERE NULLIF(user_id, '') IS NOT NULL AND NULLIF(user_pseudo_id, '') IS NOT NULL
)
WHERE earliest = 1`,
    });
  }
  return ctes;
}

/** The rows that are events: customer, name, time, order columns, and the raw params and traffic read. */
function eventRowsCte(
  context: SqlContext,
  needs: EventNeeds,
  rows: string,
  traffic: TrafficSql | undefined,
): Cte {
  const { dialect, options, params, properties } = context;
  const pseudoId = "NULLIF(export_row.user_pseudo_id, '')";
  const userId = "NULLIF(export_row.user_id, '')";
  const customer =
    options.identity === "pseudo"
      ? pseudoId
      : options.identity === "user-id"
        ? `COALESCE(${userId}, ${pseudoId})`
        : `COALESCE(${userId}, stitched_users.user_id, ${pseudoId})`;
  const extra = [
    ...(needs.paramsTieBreak ? [`${dialect.paramsText()} AS params_text`] : []),
    ...(traffic === undefined ? [] : [`export_row.${traffic.column} AS traffic`]),
    ...properties.all.map(
      (column) => `${dialect.lastParam(params.text(`${column.key}_key`, column.key))} AS ${column.param}`,
    ),
    ...(needs.rowColumns ?? []),
    ...(needs.passThrough ?? []).map((column) => `export_row.${column} AS ${column}`),
  ];
  const sequence = sequenceSql(context, "export_row.")
    .map((sql, k) => `${sql} AS ${SEQUENCE_COLUMNS.split(", ")[k]}`)
    .join(",\n  ");
  const stitch =
    options.identity === "stitched"
      ? `\nLEFT JOIN stitched_users ON stitched_users.user_pseudo_id = ${pseudoId}`
      : "";
  return {
    name: "event_rows",
    comment: [
      `The rows that are events: a customer (identity "${options.identity}"), a name and a time.`,
      "Consent-mode rows without an identity are left out, as readGa4Export leaves them out.",
      ...properties.describe(),
    ].join("\n"),
    body: `SELECT
  ${customer} AS customer_id,
  ${pseudoId} AS pseudo_id,
  event_name,
  event_timestamp,
  ${sequence}${extra.map((line) => `,\n  ${line}`).join("")}
FROM ${rows} AS export_row${stitch}
WHERE event_name IS NOT NULL AND event_name != '' AND event_timestamp IS NOT NULL`,
  };
}

/**
 * The CTEs that turn GA4 export rows into events as `readGa4Export` does: the rows of the date
 * range, duplicates removed, consent-mode rows (no identity) left out, the customer per
 * `identity`, the time in milliseconds, the event params the analysis reads, and the session and
 * traffic source when asked for (CTE `events`). Call it after the analysis has asked for every
 * param and field it reads.
 */
export function exportEventCtes(context: SqlContext, needs: EventNeeds): Cte[] {
  const { dialect, properties } = context;
  const sessionParam = needs.sessions ? properties.of(GA4_SESSION_ID_PARAM) : undefined;
  // The session's ga_session_id as text, the way readGa4Export writes it into the session id.
  const sessionText = sessionParam?.column("text");
  const { scope } = context.traffic;
  const traffic = needs.traffic === true || context.traffic.used ? trafficSql(scope, properties) : undefined;
  // Asked for now, so that the params it reads are registered before the rows are written.
  const campaign = needs.traffic === true ? traffic?.campaign() : undefined;
  const ctes = exportRowCtes(context, needs, traffic);
  ctes.push(
    eventRowsCte(
      context,
      needs,
      ctes.find((cte) => cte.name === "distinct_rows")?.name ?? "export_rows",
      traffic,
    ),
  );
  const derived = properties.all.flatMap((column) => {
    const sql = paramValueSql(dialect, column);
    return [...column.views].map((view) => `${sql[view]} AS ${column.column(view)}`);
  });
  const values = `SELECT
  *,
  event_timestamp / 1000 AS event_time${derived.map((line) => `,\n  ${line.replaceAll("\n", "\n  ")}`).join("")}
FROM event_rows
WHERE customer_id IS NOT NULL`;
  const comment =
    derived.length === 0
      ? "Events as journeykit reads them: time in milliseconds (event_timestamp is in microseconds)."
      : "Events as journeykit reads them: time in milliseconds (event_timestamp is in microseconds), and\nevent params as strings or numbers (a param's type can change from row to row).";
  if (sessionText === undefined && traffic === undefined) {
    ctes.push({ name: "events", comment, body: values });
    return ctes;
  }
  const added = [
    // || gives NULL when either side is NULL: no pseudo id or no ga_session_id, no session.
    ...(sessionText === undefined ? [] : [`pseudo_id || ':' || NULLIF(${sessionText}, '') AS session_id`]),
    ...(traffic === undefined
      ? []
      : [
          `${traffic.source} AS event_source`,
          `${traffic.medium} AS event_medium`,
          ...(needs.traffic === true
            ? [`${campaign} AS event_campaign`, `${traffic.group} AS event_channel_group`]
            : []),
        ]),
  ];
  ctes.push(
    { name: "event_values", comment, body: values },
    {
      name: "events",
      comment: [
        ...(sessionText === undefined
          ? []
          : [
              "Each event's session: user_pseudo_id:ga_session_id (none without a pseudo id or a session id).",
            ]),
        ...(traffic === undefined ? [] : [`Each event's source and medium (trafficSource "${scope}").`]),
      ].join("\n"),
      body: `SELECT\n  *,\n  ${added.map((line) => line.replaceAll("\n", "\n  ")).join(",\n  ")}\nFROM event_values`,
    },
  );
  return ctes;
}
