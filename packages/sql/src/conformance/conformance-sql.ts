import { type ConformanceOptions, conformance, EventLog, type Journey } from "@journeykit/core";
import { ConformanceOptionsSchema } from "@journeykit/core/schemas";
import type { ReadonlyDeep } from "type-fest";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";
import { eventOrder, exportEventCtes } from "../export/export-event-ctes";
import type { SqlContext } from "../export/sql-context";
import { anyStepSql } from "../matching/any-step-sql";
import { orFalse } from "../matching/or-false";
import { stepPredicateSql } from "../matching/step-predicate-sql";
import type { Cte } from "../statement/cte-query";
import { quotedForComment } from "../statement/sql-comment";
import { journeyStages } from "./journey-stages";

// A stage set is an integer with bit r for stage r; doubles hold 53 bits exactly.
const MAX_STAGES = 53;

/** The CTEs and final SELECT of a conformance query. */
export function conformanceSql(
  context: SqlContext,
  journey: Journey,
  options: ReadonlyDeep<ConformanceOptions> | undefined,
) {
  // The in-memory function checks the journey and the options (it only reads them); an empty log
  // makes that all it does.
  conformance(journey, EventLog.from([]), options as ConformanceOptions | undefined);
  const { ambiguousStage, ignore, unrecognised } = ConformanceOptionsSchema.parse(options ?? {});
  const stages = journeyStages(journey);
  const stageCount = stages.stageIds.length;
  if (ambiguousStage === "nearest" && stageCount > MAX_STAGES) {
    throw new UnsupportedQueryError({
      option: "options.ambiguousStage",
      problem: `"nearest" follows each customer's stages as sets of at most ${MAX_STAGES} stages, and this journey has ${stageCount}; choose "earliest" or "latest"`,
    });
  }
  const { dialect } = context;
  const ignored = anyStepSql(context, ignore, "ignore", "options.ignore");
  const touchpointColumns = stages.seen.map((touchpoint, index) =>
    stepPredicateSql(
      context,
      { anyOf: touchpoint.events },
      `touchpoint_${index + 1}`,
      `journey.touchpoints[${stages.journey.touchpoints.findIndex((t) => t.id === touchpoint.id)}].events`,
    ),
  );
  const needs = { sessions: false, paramsTieBreak: context.properties.all.length > 0 };
  const candidate = (rank: number) => {
    const columns = stages.seen.flatMap((touchpoint, index) =>
      touchpoint.ranks.includes(rank) ? [`touchpoint_${index + 1}`] : [],
    );
    return columns.length === 0 ? "FALSE" : columns.join(" OR ");
  };
  const ranks = stages.stageIds.map((_, rank) => rank);
  const lowest = `CASE ${ranks.map((rank) => `WHEN ${candidate(rank)} THEN ${rank}`).join(" ")} END`;
  const highest = `CASE ${[...ranks]
    .reverse()
    .map((rank) => `WHEN ${candidate(rank)} THEN ${rank}`)
    .join(" ")} END`;
  const stageSet = ranks
    .map((rank) => `CASE WHEN ${candidate(rank)} THEN ${2 ** rank} ELSE 0 END`)
    .join(" + ");
  const stageKey =
    ambiguousStage === "earliest"
      ? "lowest_stage"
      : ambiguousStage === "latest"
        ? "highest_stage"
        : "stage_set";
  const recognised =
    stages.seen.length === 0
      ? "FALSE"
      : stages.seen.map((_, index) => `touchpoint_${index + 1}`).join(" OR ");
  const string = dialect.type("STRING");
  const sequence = dialect.orderedArray(`CAST(stage_key AS ${string})`, "position");
  const ctes: Cte[] = [
    ...exportEventCtes(context, needs),
    {
      name: "touchpoint_events",
      comment: [
        `Each event against the touchpoints of journey ${quotedForComment(stages.journey.name)} that have event matchers:`,
        ...stages.seen.map(
          (touchpoint, index) => `touchpoint_${index + 1}: ${quotedForComment(touchpoint.id)}`,
        ),
      ].join("\n"),
      body: `SELECT
  customer_id,
  event_name,
  ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY ${eventOrder(needs)}) AS position,
  ${orFalse(ignored)} AS is_ignored${touchpointColumns.map((sql, index) => `,\n  ${orFalse(sql)} AS touchpoint_${index + 1}`).join("")}
FROM events`,
    },
    {
      name: "stage_events",
      comment: [
        "The stages each event's touchpoints belong to (ranks in journey order):",
        ...stages.stageIds.map((id, rank) => `stage ${rank}: ${quotedForComment(id)}`),
      ].join("\n"),
      body: `SELECT
  *,
  NOT is_ignored AND (${recognised}) AS is_recognised,
  NOT is_ignored AND NOT (${recognised}) AS is_unrecognised,
  ${lowest} AS lowest_stage,
  ${highest} AS highest_stage,
  ${stageSet} AS stage_set
FROM touchpoint_events`,
    },
    {
      name: "stage_changes",
      comment:
        ambiguousStage === "nearest"
          ? "Each customer's recognised events with a stage, in order, as the set of stages they could be in\n(ambiguousStage \"nearest\" picks one from the customer's current stage); repeats collapsed."
          : `Each customer's recognised events with a stage, in order, at the ${ambiguousStage === "earliest" ? "earliest" : "latest"} of their stages; repeats collapsed.`,
      body: `SELECT customer_id, position, stage_key
FROM (
  SELECT customer_id, position, ${stageKey} AS stage_key,
    LAG(${stageKey}) OVER (PARTITION BY customer_id ORDER BY position) AS previous_key
  FROM stage_events
  WHERE is_recognised AND ${stageKey} IS NOT NULL AND stage_set > 0
)
WHERE previous_key IS NULL OR previous_key != stage_key`,
    },
    {
      name: "customer_sequences",
      comment:
        unrecognised === "deviation"
          ? "Each observed customer's sequence, and whether they had unrecognised events."
          : "Each observed customer's sequence.",
      body:
        unrecognised === "deviation"
          ? `SELECT sequences.customer_id, sequences.stages, flags.has_unrecognised
FROM (
  SELECT customer_id, ${sequence} AS stages
  FROM stage_changes
  GROUP BY customer_id
) AS sequences
JOIN (
  SELECT customer_id, MAX(CASE WHEN is_unrecognised THEN 1 ELSE 0 END) = 1 AS has_unrecognised
  FROM stage_events
  GROUP BY customer_id
) AS flags ON flags.customer_id = sequences.customer_id`
          : `SELECT customer_id, ${sequence} AS stages\nFROM stage_changes\nGROUP BY customer_id`,
    },
  ];
  const int64 = dialect.type("INT64");
  const bool = dialect.type("BOOL");
  const nothing = (type: string) => `CAST(NULL AS ${type})`;
  const noList = dialect.nullStringArray();
  const counts = [
    ["customers", "COUNT(DISTINCT customer_id)"],
    ["events", "COUNT(*)"],
    ["ignored", "SUM(CASE WHEN is_ignored THEN 1 ELSE 0 END)"],
    ["recognised", "SUM(CASE WHEN is_recognised THEN 1 ELSE 0 END)"],
    ["unrecognised", "SUM(CASE WHEN is_unrecognised THEN 1 ELSE 0 END)"],
    ["ambiguous", "SUM(CASE WHEN is_recognised AND lowest_stage != highest_stage THEN 1 ELSE 0 END)"],
  ].map(
    ([name, value]) =>
      `SELECT 'count', '${name}', ${nothing(int64)}, ${noList}, ${nothing(bool)}, COALESCE(${value}, 0), ${nothing(int64)} FROM stage_events`,
  );
  const touchpoints = stages.seen.map(
    (_, index) =>
      `SELECT 'touchpoint', ${nothing(string)}, ${index}, ${noList}, ${nothing(bool)}, COALESCE(SUM(CASE WHEN NOT is_ignored AND touchpoint_${index + 1} THEN 1 ELSE 0 END), 0), COUNT(DISTINCT CASE WHEN NOT is_ignored AND touchpoint_${index + 1} THEN customer_id END) FROM touchpoint_events`,
  );
  const split = unrecognised === "deviation" ? ", has_unrecognised" : "";
  const final = `-- Sequences of stages (customers per sequence), event counts, unrecognised events, touchpoints.
SELECT 'sequence' AS part, ${nothing(string)} AS name, ${nothing(int64)} AS item, ANY_VALUE(stages) AS stages,
  ${unrecognised === "deviation" ? "has_unrecognised" : nothing(bool)} AS has_unrecognised, ${nothing(int64)} AS events, COUNT(*) AS customers
FROM customer_sequences GROUP BY ${dialect.arrayKey("stages")}${split}
UNION ALL
SELECT 'unrecognised', event_name, ${nothing(int64)}, ${noList}, ${nothing(bool)}, COUNT(*), COUNT(DISTINCT customer_id)
FROM stage_events WHERE is_unrecognised GROUP BY event_name
UNION ALL
${[...counts, ...touchpoints].join("\nUNION ALL\n")}`;
  return { title: `conformance to journey ${quotedForComment(stages.journey.name)}`, ctes, final };
}
