import type { FunnelPlan } from "@journeykit/core/internal";
import type { SqlContext } from "../export/sql-context";
import type { Cte } from "../statement/cte-query";
import { quotedForComment } from "../statement/sql-comment";
import type { FunnelUnit } from "./funnel-units";
import { nullGreatest } from "./null-greatest";
import { predecessorsOf } from "./predecessors-of";

/**
 * `order: "strict"`: an event continues only the attempts that ended at the unit's very previous
 * event (any other event in between breaks them), taking the one with the latest start, if it
 * came within the step's `within` of that event and the start is within the window. Column
 * `start_k` as in the ordered funnel; the walk back then looks one event earlier per link.
 */
export function strictReachCtes(
  context: SqlContext,
  plan: FunnelPlan,
  unit: FunnelUnit,
  labels: readonly string[],
): { ctes: Cte[]; last: string } {
  const window = () => context.params.number("window_ms", plan.window);
  const previous = `OVER (PARTITION BY ${unit.partition} ORDER BY position)`;
  const firstEntry =
    plan.entry === "first"
      ? ` AND position = MIN(CASE WHEN step_0 THEN position END) OVER (PARTITION BY ${unit.partition})`
      : "";
  // `within` compares a step's time with the previous event's.
  const timed = plan.within.some((ms) => Number.isFinite(ms));
  const ctes: Cte[] = [
    {
      name: "step_0_reached",
      comment: `Step 1 ${quotedForComment(labels[0] as string)}: ${plan.entry === "first" ? "the unit's first matching event starts an attempt" : "every matching event starts an attempt"}${timed ? "; and the time of each event's previous event" : ""}.`,
      body: `SELECT *,
  CASE WHEN step_0${firstEntry} THEN event_time END AS start_0${timed ? `,\n  LAG(event_time) ${previous} AS previous_time` : ""}
FROM funnel_events`,
    },
  ];
  for (let k = 1; k < plan.steps.length; k += 1) {
    const via = predecessorsOf(plan, k).map((p) => `LAG(start_${p}) ${previous}`);
    const withinMs = plan.within[k] as number;
    const within = Number.isFinite(withinMs)
      ? ` AND event_time - previous_time <= ${context.params.number(`step_${k + 1}_within_ms`, withinMs)}`
      : "";
    ctes.push({
      name: `step_${k}_reached`,
      comment: `Step ${k + 1} ${quotedForComment(labels[k] as string)}: right after an event that did step ${predecessorsOf(
        plan,
        k,
      )
        .map((p) => p + 1)
        .join(" or ")}.`,
      body: `SELECT *,
  CASE WHEN step_${k}${within} AND event_time - best_${k} <= ${window()} THEN best_${k} END AS start_${k}
FROM (
  SELECT *, ${nullGreatest(via)} AS best_${k}
  FROM step_${k - 1}_reached
)`,
    });
  }
  return { ctes, last: `step_${plan.steps.length - 1}_reached` };
}
