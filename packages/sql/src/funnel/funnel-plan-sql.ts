import type { FunnelPlan } from "@journeykit/core/internal";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";
import { eventOrder, exportEventCtes, SEQUENCE_COLUMNS } from "../export/export-event-ctes";
import type { SqlContext } from "../export/sql-context";
import { orFalse } from "../matching/or-false";
import { stepPredicateSql } from "../matching/step-predicate-sql";
import type { Cte } from "../statement/cte-query";
import { quotedForComment } from "../statement/sql-comment";
import { anyOrderCtes } from "./any-order-ctes";
import { chainWalkCtes } from "./chain-walk-ctes";
import { funnelSummarySql } from "./funnel-summary-sql";
import { funnelUnit } from "./funnel-units";
import { exclusionsCovering, orderedReachCtes } from "./ordered-reach-ctes";
import { strictReachCtes } from "./strict-reach-ctes";

/** The group value SQL of a breakdown by an event param, named as `funnel` names groups. */
function breakdownSql(context: SqlContext, plan: FunnelPlan): string | undefined {
  const { breakdown } = plan;
  if (breakdown === undefined) return undefined;
  if ("segment" in breakdown) {
    throw new UnsupportedQueryError({
      option: "options.breakdown.segment",
      problem:
        "customer segments live outside the export; break the funnel down by an event param, or run it per segment with the segment's customers in a table",
    });
  }
  if ("field" in breakdown) {
    if (breakdown.field === "channel") {
      throw new UnsupportedQueryError({
        option: "options.breakdown.field",
        problem:
          "an event's channel comes from GA4's default channel group rules, which journeykit does not compile to SQL; break down by source or medium instead",
      });
    }
    const column = context.traffic.column(breakdown.field, "options.breakdown.field");
    return `COALESCE(${column}, '(none)')`;
  }
  const column = context.properties.of(breakdown.property);
  const text = column.column("text");
  return `CASE WHEN ${column.param} IS NULL THEN '(none)' WHEN ${text} IS NULL THEN '(null)' ELSE ${text} END`;
}

/** The whole funnel query for a checked plan: shared by `funnel` and `stageFunnel` queries. */
export function funnelPlanSql(context: SqlContext, plan: FunnelPlan, what: string) {
  const { labels } = plan;
  const unit = funnelUnit(plan);
  const group = breakdownSql(context, plan);
  const at = plan.breakdown !== undefined && "at" in plan.breakdown ? plan.breakdown.at : undefined;
  const stepSql = plan.steps.map((step, k) =>
    stepPredicateSql(context, step, `step_${k + 1}`, `options.steps[${k}]`),
  );
  const exclusionSql = plan.exclusions.map((exclusion, x) =>
    stepPredicateSql(context, exclusion.event, `exclusion_${x + 1}`, `options.exclusions[${x}].event`),
  );
  const needs = { sessions: plan.countBy === "sessions", paramsTieBreak: context.properties.all.length > 0 };
  const flags = [
    ...stepSql.map((sql, k) => `${orFalse(sql)} AS step_${k}`),
    ...exclusionSql.map((sql, x) => `${orFalse(sql)} AS exclusion_${x}`),
  ];
  const strict = plan.order === "strict";
  const ctes: Cte[] = [
    ...exportEventCtes(context, needs),
    {
      name: "funnel_matches",
      comment: [
        `The steps${plan.exclusions.length > 0 ? " and exclusions" : ""} each event matches${plan.countBy === "sessions" ? " (events with a session)" : ""}:`,
        ...labels.map((label, k) => `step_${k}: step ${k + 1} ${quotedForComment(label)}`),
        ...plan.exclusions.map(
          (exclusion, x) => `exclusion_${x}: between steps ${exclusion.from + 1} and ${exclusion.to + 1}`,
        ),
      ].join("\n"),
      body: `SELECT
  ${unit.partition},
  event_timestamp,
  event_time,
  ${SEQUENCE_COLUMNS}, event_name${needs.paramsTieBreak ? ", params_text" : ""},
  ${flags.join(",\n  ")}${group === undefined ? "" : `,\n  ${group} AS group_value`}
FROM events${plan.countBy === "sessions" ? "\nWHERE session_id IS NOT NULL" : ""}`,
    },
    {
      name: "funnel_events",
      comment: strict
        ? "Each unit's events in order (in a strict funnel, any event between two steps breaks the chain)."
        : "Each unit's matching events in order.",
      body: `SELECT *, ROW_NUMBER() OVER (PARTITION BY ${unit.partition} ORDER BY ${eventOrder(needs)}) AS position
FROM funnel_matches${strict ? "" : `\nWHERE ${[...stepSql.map((_, k) => `step_${k}`), ...exclusionSql.map((_, x) => `exclusion_${x}`)].join(" OR ")}`}`,
    },
  ];
  if (plan.exclusions.length > 0) {
    const covered = plan.steps.flatMap((_, p) => {
      const by = exclusionsCovering(plan, p);
      return by.length === 0 ? [] : [{ p, any: by.map((x) => `exclusion_${x}`).join(" OR ") }];
    });
    ctes.push({
      name: "funnel_cleared",
      comment:
        "How many exclusion events cleared each step's chains up to each event (inclusive, and before it).",
      body: `SELECT *,
  ${covered
    .map(({ p, any }) =>
      [
        `${any} AS clears_${p}`,
        `SUM(CASE WHEN ${any} THEN 1 ELSE 0 END) OVER (PARTITION BY ${unit.partition} ORDER BY position ROWS UNBOUNDED PRECEDING) AS cleared_${p}`,
        `COALESCE(SUM(CASE WHEN ${any} THEN 1 ELSE 0 END) OVER (PARTITION BY ${unit.partition} ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS cleared_before_${p}`,
      ].join(",\n  "),
    )
    .join(",\n  ")}
FROM funnel_events`,
    });
  }
  if (plan.order === "any") {
    ctes.push(...anyOrderCtes(context, plan, unit, at));
  } else {
    const reach = strict
      ? strictReachCtes(context, plan, unit, labels)
      : orderedReachCtes(context, plan, unit, labels);
    ctes.push(...reach.ctes, ...chainWalkCtes(context, plan, unit, reach.last, at));
  }
  const summary = funnelSummarySql(context, plan, unit);
  ctes.push(...summary.ctes);
  const title = [
    what,
    `order "${plan.order}", entry "${plan.entry}", window ${plan.window} ms, counting ${plan.countBy}`,
    ...labels.map(
      (label, k) => `step ${k + 1}: ${quotedForComment(label)}${plan.optional[k] ? " (optional)" : ""}`,
    ),
  ].join("\n");
  return { title, ctes, final: summary.final };
}
