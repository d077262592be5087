import type { FunnelPlan } from "@journeykit/core/internal";
import type { SqlContext } from "../export/sql-context";
import type { Cte } from "../statement/cte-query";
import type { FunnelUnit } from "./funnel-units";
import { exclusionsCovering } from "./ordered-reach-ctes";
import { predecessorsOf } from "./predecessors-of";

/**
 * The chain that describes each unit, as the in-memory funnel picks it: the first event (by
 * position) to reach the unit's furthest step, then, link by link backwards, the predecessor step
 * with that chain's start (the nearest such step, as the walker prefers), at its first event
 * that the link could extend (ordered: earlier, within `within`, not cleared by an exclusion;
 * strict: the event right before). The links give the step times; the first and last link's
 * events give breakdown values. Ends in CTEs `funnel_units` (per unit: steps reached, group)
 * and `funnel_times` (per link: step, time from the previous link and from the first).
 */
export function chainWalkCtes(
  context: SqlContext,
  plan: FunnelPlan,
  unit: FunnelUnit,
  reached: string,
  breakdown: "first-step" | "last-step" | undefined,
): Cte[] {
  const n = plan.steps.length;
  const steps = plan.steps.map((_, k) => k);
  const covered = steps.filter((p) => exclusionsCovering(plan, p).length > 0);
  const strict = plan.order === "strict";
  const ctes: Cte[] = [
    {
      name: "unit_reach",
      comment: "Per unit, the first position at which each step was reached (NULL: never).",
      body: `SELECT ${unit.partition},\n  ${steps.map((k) => `MIN(CASE WHEN start_${k} IS NOT NULL THEN position END) AS first_${k}`).join(",\n  ")}\nFROM ${reached}\nGROUP BY ${unit.partition}`,
    },
  ];
  const furthest = (column: (k: number) => string) =>
    `CASE ${[...steps]
      .reverse()
      .map((k) => `WHEN first_${k} IS NOT NULL THEN ${column(k)}`)
      .join(" ")} END`;
  const cleared = (prefix: string, alias: string) =>
    covered.map((p) => `,\n  ${alias}.cleared_before_${p} AS ${prefix}_cleared_${p}`).join("");
  ctes.push({
    name: "chain_links_0",
    comment: "The last link of each unit's chain: the first event that reached its furthest step.",
    body: `SELECT ${unit.select("head")},
  head.link_step,
  head.link_position,
  event.event_time AS link_time,
  CASE head.link_step ${steps.map((k) => `WHEN ${k} THEN event.start_${k}`).join(" ")} END AS chain_start${cleared("link", "event")}${breakdown === "last-step" ? ",\n  event.group_value AS last_group" : ""}
FROM (
  SELECT ${unit.partition}, ${furthest((k) => String(k))} AS link_step, ${furthest((k) => `first_${k}`)} AS link_position
  FROM unit_reach
  WHERE first_0 IS NOT NULL
) AS head
JOIN ${reached} AS event ON ${unit.join("event", "head")} AND event.position = head.link_position`,
  });
  const withinParam = (k: number) =>
    context.params.number(`step_${k + 1}_within_ms`, plan.within[k] as number);
  for (let depth = 1; depth < n; depth += 1) {
    const parents = steps.slice(0, n - 1);
    const condition = (p: number) => {
      const children = steps.filter((s) => predecessorsOf(plan, s).includes(p));
      const child = children
        .map((s) =>
          !strict && Number.isFinite(plan.within[s] as number)
            ? `(link.link_step = ${s} AND link.link_time - event.event_time <= ${withinParam(s)})`
            : `link.link_step = ${s}`,
        )
        .join(" OR ");
      const alive = covered.includes(p) ? ` AND event.cleared_${p} = link.link_cleared_${p}` : "";
      return `(${child || "FALSE"}) AND event.start_${p} = link.chain_start${alive}`;
    };
    const best = (column: (p: number) => string) =>
      `CASE ${[...parents]
        .reverse()
        .map((p) => `WHEN parent_${p}_position IS NOT NULL THEN ${column(p)}`)
        .join(" ")} END`;
    const aggregates = parents.flatMap((p) => [
      `MIN(CASE WHEN ${condition(p)} THEN event.position END) AS parent_${p}_position`,
      `MIN(CASE WHEN ${condition(p)} THEN event.event_time END) AS parent_${p}_time`,
      ...covered.map(
        (q) =>
          `MIN(CASE WHEN ${condition(p)} THEN event.cleared_before_${q} END) AS parent_${p}_cleared_${q}`,
      ),
    ]);
    ctes.push({
      name: `chain_links_${depth}`,
      comment: `Link ${depth} back: the step before each unfinished chain's last link, and its event.`,
      body: `SELECT ${unit.partition}, chain_start, child_step, child_time,
  ${best((p) => String(p))} AS link_step,
  ${best((p) => `parent_${p}_position`)} AS link_position,
  ${best((p) => `parent_${p}_time`)} AS link_time${covered.map((q) => `,\n  ${best((p) => `parent_${p}_cleared_${q}`)} AS link_cleared_${q}`).join("")}
FROM (
  SELECT ${unit.select("link")},
    ANY_VALUE(link.chain_start) AS chain_start,
    ANY_VALUE(link.link_step) AS child_step,
    ANY_VALUE(link.link_time) AS child_time,
    ${aggregates.join(",\n    ")}
  FROM chain_links_${depth - 1} AS link
  JOIN ${reached} AS event ON ${unit.join("event", "link")} AND event.position ${strict ? "= link.link_position - 1" : "< link.link_position"}
  WHERE link.link_step > 0
  GROUP BY ${unit.select("link")}
)`,
    });
  }
  const links = steps.slice(1).map((depth) => `chain_links_${depth}`);
  ctes.push({
    name: "funnel_times",
    comment: "Per link: its step, the time since the previous link and since the chain's first link (ms).",
    body:
      links.length === 0
        ? `SELECT ${unit.partition}, 0 AS step, 0.0 AS from_previous, 0.0 AS from_start FROM chain_links_0 WHERE FALSE`
        : links
            .map(
              (name) =>
                `SELECT ${unit.partition}, child_step AS step, child_time - link_time AS from_previous, child_time - chain_start AS from_start FROM ${name}`,
            )
            .join("\nUNION ALL\n"),
  });
  const roots =
    breakdown === "first-step"
      ? `\nLEFT JOIN (\n  ${["chain_links_0", ...links].map((name) => `SELECT ${unit.partition}, link_position FROM ${name} WHERE link_step = 0`).join("\n  UNION ALL\n  ")}\n) AS root ON ${unit.join("root", "reach")}\nLEFT JOIN ${reached} AS root_event ON ${unit.join("root_event", "root")} AND root_event.position = root.link_position`
      : breakdown === "last-step"
        ? `\nLEFT JOIN chain_links_0 AS head ON ${unit.join("head", "reach")}`
        : "";
  const group =
    breakdown === "first-step"
      ? ",\n  root_event.group_value"
      : breakdown === "last-step"
        ? ",\n  head.last_group AS group_value"
        : "";
  ctes.push({
    name: "funnel_units",
    comment: "Per unit that entered the funnel: the steps it reached.",
    body: `SELECT ${unit.select("reach")},\n  ${steps.map((k) => `reach.first_${k} IS NOT NULL AS reached_${k}`).join(",\n  ")}${group}\nFROM unit_reach AS reach${roots}\nWHERE reach.first_0 IS NOT NULL`,
  });
  return ctes;
}
