import { type DirectlyFollowsOptions, directlyFollows, EventLog } from "@journeykit/core";
import { eventOrder, exportEventCtes } from "../export/export-event-ctes";
import type { SqlContext } from "../export/sql-context";
import type { Cte } from "../statement/cte-query";

/** The CTEs and final SELECT of a directly-follows query. */
export function directlyFollowsSql(context: SqlContext, options: DirectlyFollowsOptions | undefined) {
  // The in-memory function checks the options; an empty log makes that all it does.
  directlyFollows(EventLog.from([]), options);
  const withinSessions = options?.withinSessions === true;
  const needs = { sessions: withinSessions, paramsTieBreak: false };
  const unit = withinSessions ? "customer_id, session_id" : "customer_id";
  const order = eventOrder(needs);
  const ctes: Cte[] = [
    ...exportEventCtes(context, needs),
    {
      name: "sequence_events",
      comment: withinSessions
        ? "Each session's events in order, with the name of the event right after each (events\nwithout a session belong to no sequence)."
        : "Each customer's events in order, with the name of the event right after each.",
      body: `SELECT
  customer_id,
  event_name,
  LEAD(event_name) OVER sequence_order AS next_name,
  ROW_NUMBER() OVER sequence_order AS position
FROM events${withinSessions ? "\nWHERE session_id IS NOT NULL" : ""}
WINDOW sequence_order AS (PARTITION BY ${unit} ORDER BY ${order})`,
    },
  ];
  const string = context.dialect.type("STRING");
  const final = `-- Transitions a -> b, and the first and last events of each sequence.
SELECT 'transition' AS part, event_name AS from_name, next_name AS to_name,
  COUNT(*) AS events, COUNT(DISTINCT customer_id) AS customers
FROM sequence_events WHERE next_name IS NOT NULL GROUP BY event_name, next_name
UNION ALL
SELECT 'start', event_name, CAST(NULL AS ${string}), COUNT(*), COUNT(DISTINCT customer_id)
FROM sequence_events WHERE position = 1 GROUP BY event_name
UNION ALL
SELECT 'end', event_name, CAST(NULL AS ${string}), COUNT(*), COUNT(DISTINCT customer_id)
FROM sequence_events WHERE next_name IS NULL GROUP BY event_name`;
  return { title: `directlyFollows${withinSessions ? " (within sessions)" : ""}`, ctes, final };
}
