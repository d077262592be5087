import { EventLog, type PathVariantsOptions, pathVariants } from "@journeykit/core";
import { PathVariantsOptionsSchema } from "@journeykit/core/schemas";
import type { ReadonlyDeep } from "type-fest";
import { eventOrder, exportEventCtes } from "../export/export-event-ctes";
import type { SqlContext } from "../export/sql-context";
import { anyStepSql } from "../matching/any-step-sql";
import { orFalse } from "../matching/or-false";
import { stepPredicateSql } from "../matching/step-predicate-sql";
import type { Cte } from "../statement/cte-query";

/** The CTEs and final SELECT of a path-variants query. */
export function pathVariantsSql(context: SqlContext, options: ReadonlyDeep<PathVariantsOptions> | undefined) {
  // The in-memory function checks the options (it only reads them); an empty log makes that all it does.
  pathVariants(EventLog.from([]), options as PathVariantsOptions | undefined);
  const { startAt, endAt, maxSteps, top, collapseRepeats, ignore } = PathVariantsOptionsSchema.parse(
    options ?? {},
  );
  const { dialect, params } = context;
  const ignored = anyStepSql(context, ignore, "ignore", "options.ignore");
  const isStart =
    startAt === undefined ? "TRUE" : stepPredicateSql(context, startAt, "start_at", "options.startAt");
  const isEnd = endAt === undefined ? "FALSE" : stepPredicateSql(context, endAt, "end_at", "options.endAt");
  const needs = { sessions: false, paramsTieBreak: context.properties.all.length > 0 };
  const maxStepsParam = params.integer("max_steps", maxSteps);
  const int64 = dialect.type("INT64");
  const ctes: Cte[] = [
    ...exportEventCtes(context, needs),
    {
      name: "path_candidates",
      comment: "Each customer's events in order, without ignored events; which can start or end a path.",
      body: `SELECT
  customer_id,
  event_name,
  ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY ${eventOrder(needs)}) AS position,
  ${orFalse(isStart)} AS is_start,
  ${orFalse(isEnd)} AS is_end
FROM events${ignored === "FALSE" ? "" : `\nWHERE NOT ${orFalse(ignored)}`}`,
    },
    {
      name: "path_starts",
      comment: "A path starts at the customer's first event matching startAt (or their first event).",
      body: `SELECT *, MIN(CASE WHEN is_start THEN position END) OVER (PARTITION BY customer_id) AS start_position
FROM path_candidates`,
    },
    {
      name: "path_ends",
      comment: "It ends at the first event after the start that matches endAt, or at the last event.",
      body: `SELECT *,
  MIN(CASE WHEN is_end AND position > start_position THEN position END) OVER (PARTITION BY customer_id) AS end_position
FROM path_starts
WHERE start_position IS NOT NULL`,
    },
    {
      name: "path_events",
      comment: "The events of each path.",
      body: `SELECT
  customer_id,
  event_name,
  position,
  end_position IS NOT NULL AS has_end,
  LAG(event_name) OVER (PARTITION BY customer_id ORDER BY position) AS previous_name
FROM path_ends
WHERE position >= start_position AND (end_position IS NULL OR position <= end_position)`,
    },
    {
      name: "path_steps",
      comment: collapseRepeats
        ? "The steps of each path: runs of events with the same name collapsed into one step."
        : "The steps of each path: one per event.",
      body: `SELECT
  customer_id,
  event_name,
  has_end,
  ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY position) AS step,
  COUNT(*) OVER (PARTITION BY customer_id) AS path_length
FROM path_events${collapseRepeats ? "\nWHERE previous_name IS NULL OR previous_name != event_name" : ""}`,
    },
    {
      name: "paths",
      comment: "Each customer's path, cut to maxSteps steps (longer paths are truncated).",
      body: `SELECT
  customer_id,
  ${dialect.orderedArray("event_name", "step")} AS steps,
  MAX(path_length) > ${maxStepsParam} AS truncated,
  MAX(CASE WHEN has_end THEN 1 ELSE 0 END) = 1 AND MAX(path_length) <= ${maxStepsParam} AS reached_end
FROM path_steps
WHERE step <= ${maxStepsParam}
GROUP BY customer_id`,
    },
    {
      name: "variants",
      comment: "Customers per distinct path, ranked: most customers first, then by steps.",
      body: `SELECT
  steps,
  customers,
  truncated,
  ROW_NUMBER() OVER (ORDER BY customers DESC, ${dialect.listSortKey("steps")}) AS variant_rank
FROM (
  SELECT ANY_VALUE(steps) AS steps, COUNT(*) AS customers, SUM(CASE WHEN truncated THEN 1 ELSE 0 END) AS truncated
  FROM paths
  GROUP BY ${dialect.arrayKey("steps")}
)`,
    },
  ];
  const topParam = params.integer("top", top);
  const nothing = `CAST(NULL AS ${int64})`;
  const final = `-- The top variants, the rest summed, and the customers with and without a path.
SELECT 'variant' AS part, steps, customers, truncated, ${nothing} AS variants, ${nothing} AS customers_without_path, ${nothing} AS reached_end
FROM variants WHERE variant_rank <= ${topParam}
UNION ALL
SELECT 'other', ${dialect.nullStringArray()}, COALESCE(SUM(customers), 0), ${nothing}, COUNT(*), ${nothing}, ${nothing}
FROM variants WHERE variant_rank > ${topParam}
UNION ALL
SELECT 'summary', ${dialect.nullStringArray()},
  (SELECT COUNT(*) FROM paths), ${nothing}, ${nothing},
  (SELECT COUNT(DISTINCT customer_id) FROM events) - (SELECT COUNT(*) FROM paths),
  (SELECT COUNT(*) FROM paths WHERE reached_end)`;
  return { title: "pathVariants", ctes, final };
}
