import type { FunnelPlan } from "@journeykit/core/internal";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";
import type { SqlContext } from "../export/sql-context";
import { alternativesOf } from "../matching/step-parts";
import type { Cte } from "../statement/cte-query";
import type { FunnelUnit } from "./funnel-units";

function greatest(values: readonly string[]): string {
  return values.length === 1 ? (values[0] as string) : `GREATEST(${values.join(", ")})`;
}

/**
 * `order: "any"`. Each event that matches a step opens an attempt (`entry: "first"`: only the
 * unit's first) spanning the events up to `window` after it; the attempt reaches step k when the
 * span holds an event of each of steps 1..k. In memory that is a matching of steps to events;
 * here each step's first event in the span stands for it, which is the same only when no event
 * can match two steps, so steps must not share an event name. The unit is described by the
 * attempt that reaches furthest, first (ties: the later opening); step k's time is when the
 * span first held steps 1..k.
 */
export function anyOrderCtes(
  context: SqlContext,
  plan: FunnelPlan,
  unit: FunnelUnit,
  breakdown: "first-step" | "last-step" | undefined,
): Cte[] {
  const seen = new Map<string, number>();
  plan.steps.forEach((step, k) => {
    for (const alternative of alternativesOf(step)) {
      const name = typeof alternative === "string" ? alternative : alternative.name;
      const other = seen.get(name);
      if (other !== undefined && other !== k) {
        throw new UnsupportedQueryError({
          option: `options.steps[${k}]`,
          problem: `with order "any", steps ${other + 1} and ${k + 1} can both match a "${name}" event, and which step such an event stands for is a matching problem SQL does not solve; give each step its own event names`,
        });
      }
      seen.set(name, k);
    }
  });
  const n = plan.steps.length;
  const steps = plan.steps.map((_, k) => k);
  const window = context.params.number("window_ms", plan.window);
  const following = `OVER (PARTITION BY ${unit.partition} ORDER BY position ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)`;
  const reach = `CASE ${steps.map((k) => `WHEN NOT COALESCE(time_${k} - event_time <= ${window}, FALSE) THEN ${k}`).join(" ")} ELSE ${n} END`;
  const completion = `CASE reach ${steps.map((k) => `WHEN ${k + 1} THEN ${greatest(steps.slice(0, k + 1).map((j) => `first_${j}`))}`).join(" ")} END`;
  const reachedAt = (k: number) => greatest(steps.slice(0, k + 1).map((j) => `time_${j}`));
  const ctes: Cte[] = [
    {
      name: "attempt_spans",
      comment: "For each event from which an attempt opens: each step's first event at or after it.",
      body: `SELECT *,
  ${steps.map((k) => `MIN(CASE WHEN step_${k} THEN position END) ${following} AS first_${k},\n  MIN(CASE WHEN step_${k} THEN event_time END) ${following} AS time_${k}`).join(",\n  ")}${
    plan.entry === "first" ? `,\n  MIN(position) OVER (PARTITION BY ${unit.partition}) AS first_position` : ""
  }
FROM funnel_events`,
    },
    {
      name: "attempts",
      comment:
        "Each attempt: how many steps its span holds (1..k all inside the window), and the position that completed them.",
      body: `SELECT *, ${completion} AS completion
FROM (
  SELECT *, ${reach} AS reach
  FROM attempt_spans${plan.entry === "first" ? "\n  WHERE position = first_position" : ""}
)`,
    },
    {
      name: "chosen_attempts",
      comment: "Per unit, the attempt that reached furthest, first (ties: the later opening).",
      body: `SELECT *
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY ${unit.partition} ORDER BY reach DESC, completion, position DESC) AS attempt_rank
  FROM attempts
  WHERE reach > 0
)
WHERE attempt_rank = 1`,
    },
    {
      name: "funnel_times",
      comment:
        "Per step after the first: when the chosen attempt's span first held steps 1..k, since 1..k-1 and since 1.",
      body:
        n === 1
          ? `SELECT ${unit.partition}, 0 AS step, 0.0 AS from_previous, 0.0 AS from_start FROM chosen_attempts WHERE FALSE`
          : steps
              .slice(1)
              .map(
                (k) =>
                  `SELECT ${unit.partition}, ${k} AS step, ${reachedAt(k)} - ${reachedAt(k - 1)} AS from_previous, ${reachedAt(k)} - time_0 AS from_start FROM chosen_attempts WHERE reach > ${k}`,
              )
              .join("\nUNION ALL\n"),
    },
  ];
  const last =
    breakdown === "last-step"
      ? // As in memory, the chain's only link of a unit that did step 1 alone is the opening event.
        `\nJOIN funnel_events AS completed ON ${unit.join("completed", "chosen")} AND completed.position = CASE WHEN chosen.reach = 1 THEN chosen.position ELSE chosen.completion END`
      : "";
  const group =
    breakdown === "first-step"
      ? ",\n  chosen.group_value"
      : breakdown === "last-step"
        ? ",\n  completed.group_value"
        : "";
  ctes.push({
    name: "funnel_units",
    comment: "Per unit that entered the funnel: the steps it reached.",
    body: `SELECT ${unit.select("chosen")},\n  ${steps.map((k) => `chosen.reach > ${k} AS reached_${k}`).join(",\n  ")}${group}\nFROM chosen_attempts AS chosen${last}`,
  });
  return ctes;
}
