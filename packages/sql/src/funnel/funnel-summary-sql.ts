import type { FunnelPlan } from "@journeykit/core/internal";
import type { SqlContext } from "../export/sql-context";
import type { Cte } from "../statement/cte-query";
import { type ResultColumn, resultUnion } from "../statement/result-union";
import type { FunnelUnit } from "./funnel-units";

/** The order statistics a time summary needs (quartiles and p90, interpolated between two ranks). */
const FRACTIONS = [0.25, 0.5, 0.75, 0.9];

/**
 * From `funnel_units` and `funnel_times`: breakdown groups (the `top` largest by units entering,
 * ties by value, the rest as "other"), per group and in total the units at each step, and per
 * step the count, sum and the few order statistics of each time that the quartiles need. Returns the extra CTEs and the final SELECT.
 */
export function funnelSummarySql(context: SqlContext, plan: FunnelPlan, unit: FunnelUnit) {
  const { dialect, params } = context;
  const steps = plan.steps.map((_, k) => k);
  const string = dialect.type("STRING");
  const int64 = dialect.type("INT64");
  const float64 = dialect.type("FLOAT64");
  const grouped = plan.breakdown !== undefined;
  const top = grouped ? params.integer("breakdown_top", plan.breakdown?.top ?? 10) : "";
  const ctes: Cte[] = [];
  if (grouped) {
    ctes.push(
      {
        name: "funnel_groups",
        comment: "Breakdown groups, largest first (by units entering the funnel), ties by value.",
        body: `SELECT group_value, ROW_NUMBER() OVER (ORDER BY entered DESC, group_value) AS group_rank
FROM (SELECT group_value, COUNT(*) AS entered FROM funnel_units GROUP BY group_value)`,
      },
      {
        name: "grouped_units",
        comment: 'Each unit\'s final group: one of the `top` largest, or "other" for the rest.',
        body: `SELECT units.*, ranked.group_rank,
  CASE WHEN ranked.group_rank <= ${top} AND units.group_value != 'other' THEN units.group_value ELSE 'other' END AS final_group
FROM funnel_units AS units
JOIN funnel_groups AS ranked ON ranked.group_value = units.group_value`,
      },
    );
  }
  const timeValues = (group: string, from: string) =>
    [
      `SELECT ${group} AS group_value, times.step, 'previous' AS kind, times.from_previous AS value FROM ${from}`,
      `SELECT ${group}, times.step, 'start', times.from_start FROM ${from}`,
    ].join("\nUNION ALL\n");
  ctes.push(
    {
      name: "time_values",
      comment: "Every step time, in total and per group.",
      body: [
        timeValues(`CAST(NULL AS ${string})`, "funnel_times AS times"),
        ...(grouped
          ? [
              timeValues(
                "units.final_group",
                `funnel_times AS times JOIN grouped_units AS units ON ${unit.join("units", "times")}`,
              ),
            ]
          : []),
      ].join("\nUNION ALL\n"),
    },
    {
      name: "time_ranks",
      comment: "Each time's rank among its group's times for its step, and their count and sum.",
      body: `SELECT *,
  ROW_NUMBER() OVER (PARTITION BY group_value, step, kind ORDER BY value) - 1 AS value_rank,
  COUNT(*) OVER (PARTITION BY group_value, step, kind) AS value_count,
  SUM(value) OVER (PARTITION BY group_value, step, kind) AS value_sum
FROM time_values`,
    },
  );
  const wantedRanks = FRACTIONS.flatMap((fraction) => {
    const below = `FLOOR((value_count - 1) * ${fraction})`;
    return [below, `LEAST(${below} + 1, value_count - 1)`];
  });
  const arrayType = dialect.name === "bigquery" ? `ARRAY<${int64}>` : `${int64}[]`;
  const columns: ResultColumn[] = [
    { name: "part", type: string },
    { name: "group_value", type: string },
    { name: "group_position", type: int64 },
    { name: "counts", type: arrayType },
    { name: "step", type: int64 },
    { name: "kind", type: string },
    { name: "value_count", type: int64 },
    { name: "value_sum", type: float64 },
    { name: "value_rank", type: int64 },
    { name: "value", type: float64 },
    { name: "units", type: int64 },
    { name: "events", type: int64 },
    { name: "session_events", type: int64 },
  ];
  const counts = {
    counts: `[${steps.map((k) => `COALESCE(SUM(CASE WHEN reached_${k} THEN 1 ELSE 0 END), 0)`).join(", ")}]`,
  };
  const sessions = plan.countBy === "sessions";
  const final = `-- Units per step (in total and per group), order statistics of the step times,
-- and how many units and events the export holds.
${resultUnion(columns, [
  { values: { part: "'steps'", group_position: "0", ...counts }, rest: "FROM funnel_units" },
  ...(grouped
    ? [
        {
          values: {
            part: "'steps'",
            group_value: "final_group",
            group_position: `CASE WHEN final_group = 'other' AND MAX(group_rank) > ${top} THEN ${top} + 1 ELSE MIN(group_rank) END`,
            ...counts,
          },
          rest: "FROM grouped_units\nGROUP BY final_group",
        },
      ]
    : []),
  {
    values: Object.fromEntries(
      ["part", "group_value", "step", "kind", "value_count", "value_sum", "value_rank", "value"].map(
        (name) => [name, name === "part" ? "'time'" : name],
      ),
    ),
    rest: `FROM time_ranks\nWHERE value_rank IN (${wantedRanks.join(", ")})`,
  },
  {
    values: {
      part: "'summary'",
      units: `(SELECT COUNT(*) FROM (SELECT DISTINCT ${unit.partition} FROM events${sessions ? " WHERE session_id IS NOT NULL" : ""}) AS units)`,
      events: "(SELECT COUNT(*) FROM events)",
      ...(sessions ? { session_events: "(SELECT COUNT(*) FROM events WHERE session_id IS NOT NULL)" } : {}),
    },
  },
])}`;
  return { ctes, final };
}
