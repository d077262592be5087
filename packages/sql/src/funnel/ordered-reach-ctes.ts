import type { FunnelPlan } from "@journeykit/core/internal";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";
import type { SqlContext } from "../export/sql-context";
import type { Cte } from "../statement/cte-query";
import { quotedForComment } from "../statement/sql-comment";
import type { FunnelUnit } from "./funnel-units";
import { nullGreatest } from "./null-greatest";
import { predecessorsOf } from "./predecessors-of";

/** The exclusions (by index) that clear chains ending at step `p`. */
export function exclusionsCovering(plan: FunnelPlan, p: number): number[] {
  return plan.exclusions.flatMap((exclusion, x) => (exclusion.from <= p && p < exclusion.to ? [x] : []));
}

/** A window frame bound must be a literal; it is a whole number of microseconds checked here. */
function withinMicros(plan: FunnelPlan, k: number): string {
  const micros = (plan.within[k] as number) * 1000;
  if (!Number.isSafeInteger(micros / 1000) || !Number.isSafeInteger(micros)) {
    throw new UnsupportedQueryError({
      option: `options.steps[${k}].within`,
      problem:
        "SQL compares the export's whole microseconds, which agree with journeykit's millisecond times only for whole milliseconds; give a whole number of milliseconds",
    });
  }
  return String(micros);
}

/**
 * `order: "ordered"` as window functions, one CTE per step. Column `start_k` holds, for an event
 * that can be step k of an attempt, the latest start (time of step 1) among the attempts it can
 * continue: those that did a predecessor of k (k-1, or an optional step in between) at an earlier
 * position, within `within` of it, not cleared since by an exclusion, and whose start is within
 * the window. The latest start is the best: it leaves the most window for later steps. This is
 * the in-memory walker's rule, so the same events reach the same steps.
 */
export function orderedReachCtes(
  context: SqlContext,
  plan: FunnelPlan,
  unit: FunnelUnit,
  labels: readonly string[],
): { ctes: Cte[]; last: string } {
  const { params } = context;
  const window = () => params.number("window_ms", plan.window);
  const n = plan.steps.length;
  const covered = plan.steps.map((_, p) => exclusionsCovering(plan, p).length > 0);
  const ctes: Cte[] = [];
  const firstEntry =
    plan.entry === "first"
      ? ` AND position = MIN(CASE WHEN step_0 THEN position END) OVER (PARTITION BY ${unit.partition})`
      : "";
  ctes.push({
    name: "step_0_reached",
    comment: `Step 1 ${quotedForComment(labels[0] as string)}: ${plan.entry === "first" ? "the unit's first matching event starts an attempt" : "every matching event starts an attempt"}.`,
    body: `SELECT *, CASE WHEN step_0${firstEntry} THEN event_time END AS start_0\nFROM ${plan.exclusions.length > 0 ? "funnel_cleared" : "funnel_events"}`,
  });
  let previous = "step_0_reached";
  const carry = (p: number) => {
    if (!covered[p]) return;
    ctes.push({
      name: `step_${p}_carried`,
      comment: [
        `Attempts that did step ${p + 1}, carried forward until an exclusion clears them; and the`,
        "attempt the clearing event itself did (it survives the clearing: its own step comes after it).",
      ].join("\n"),
      body: `SELECT *,
  MAX(start_${p}) OVER (PARTITION BY ${unit.partition}, cleared_${p} ORDER BY position ROWS UNBOUNDED PRECEDING) AS carried_${p},
  MAX(CASE WHEN clears_${p} THEN start_${p} END) OVER (PARTITION BY ${unit.partition}, cleared_${p}) AS opener_start_${p},
  MAX(CASE WHEN clears_${p} THEN event_timestamp END) OVER (PARTITION BY ${unit.partition}, cleared_${p}) AS opener_timestamp_${p}
FROM ${previous}`,
    });
    previous = `step_${p}_carried`;
  };
  carry(0);
  for (let k = 1; k < n; k += 1) {
    const predecessors = predecessorsOf(plan, k);
    const hasWithin = Number.isFinite(plan.within[k] as number);
    const via = predecessors.map((p) => {
      const column = `step_${k}_via_${p}`;
      if (hasWithin) {
        const micros = withinMicros(plan, k);
        if (covered[p]) {
          // Candidates are the attempts of the reader's segment (between two clearing events):
          // earlier events of the segment within `within` (by time, then same-time positions),
          // and the attempt of the event that opened the segment. A clearing event itself reads
          // the segment before it, whose opener is the previous row's.
          const segment = `${unit.partition}, cleared_before_${p}`;
          const previousRow = `OVER (PARTITION BY ${unit.partition} ORDER BY position)`;
          const openerStart = `CASE WHEN clears_${p} THEN LAG(opener_start_${p}) ${previousRow} ELSE opener_start_${p} END`;
          const openerTime = `CASE WHEN clears_${p} THEN LAG(opener_timestamp_${p}) ${previousRow} ELSE opener_timestamp_${p} END`;
          return {
            column,
            sql: [
              `MAX(start_${p}) OVER (PARTITION BY ${segment} ORDER BY event_timestamp RANGE BETWEEN ${micros} PRECEDING AND 1 PRECEDING) AS ${column}_earlier`,
              `MAX(start_${p}) OVER (PARTITION BY ${segment}, event_timestamp ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ${column}_same_time`,
              `CASE WHEN event_timestamp - (${openerTime}) <= ${micros} THEN ${openerStart} END AS ${column}_opener`,
            ].join(",\n"),
            columns: [`${column}_earlier`, `${column}_same_time`, `${column}_opener`],
          };
        }
        // Earlier microseconds within `within`, and earlier events on the same microsecond.
        const earlier = `MAX(start_${p}) OVER (PARTITION BY ${unit.partition} ORDER BY event_timestamp RANGE BETWEEN ${micros} PRECEDING AND 1 PRECEDING)`;
        const sameTime = `MAX(start_${p}) OVER (PARTITION BY ${unit.partition}, event_timestamp ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;
        return {
          column,
          sql: `${earlier} AS ${column}_earlier,\n${sameTime} AS ${column}_same_time`,
          columns: [`${column}_earlier`, `${column}_same_time`],
        };
      }
      const sql = covered[p]
        ? `LAG(carried_${p}) OVER (PARTITION BY ${unit.partition} ORDER BY position)`
        : `MAX(start_${p}) OVER (PARTITION BY ${unit.partition} ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;
      return { column, sql: `${sql} AS ${column}`, columns: [column] };
    });
    const within = hasWithin ? ` within ${plan.within[k]} ms of it` : "";
    ctes.push({
      name: `step_${k}_reached`,
      comment: `Step ${k + 1} ${quotedForComment(labels[k] as string)}: continues the attempt with the latest start that did step ${predecessors.map((p) => p + 1).join(" or ")} before it${within}, if that start is within the window.`,
      body: `SELECT *, CASE WHEN step_${k} AND event_time - best_${k} <= ${window()} THEN best_${k} END AS start_${k}
FROM (
  SELECT *, ${nullGreatest(via.flatMap((v) => v.columns))} AS best_${k}
  FROM (
    SELECT *,
      ${via.map((v) => v.sql.replaceAll("\n", "\n      ")).join(",\n      ")}
    FROM ${previous}
  )
)`,
    });
    previous = `step_${k}_reached`;
    carry(k);
  }
  return { ctes, last: previous };
}
