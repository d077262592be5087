import type { Journey, PainPointRanking } from "@journeykit/core";
import type { Formatter } from "../locale/formatter";
import type { ReportLabels } from "../locale/report-labels";
import { type Html, raw, section, table, tag } from "./html";

/** The journey's pain points, biggest problem first, with what the ranking rests on. */
export function painPointSection(
  journey: Journey,
  ranking: PainPointRanking,
  hasFeedback: boolean,
  labels: ReportLabels,
  formatter: Formatter,
): Html {
  const stageName = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  if (ranking.painPoints.length === 0)
    return section("pain-points", labels.painPoints, tag("p", { class: "muted" }, labels.none));
  return section(
    "pain-points",
    labels.painPoints,
    hasFeedback ? raw("") : tag("p", { class: "muted" }, labels.noFeedback),
    table(
      labels.painPoints,
      [
        { heading: labels.rank, cell: (pain) => String(pain.rank), numeric: true },
        { heading: labels.painPoint, cell: (pain) => pain.description },
        { heading: labels.stage, cell: (pain) => stageName.get(pain.stage) ?? pain.stage },
        {
          heading: labels.severity,
          cell: (pain) => (pain.severity === null ? raw("") : `${pain.severity}/5`),
          numeric: true,
        },
        {
          heading: labels.mentions,
          cell: (pain) =>
            hasFeedback
              ? `${formatter.number(pain.customers, 0)} (${formatter.percent(pain.mentionShare)})`
              : raw(""),
          numeric: true,
        },
        {
          heading: labels.stageDropOff,
          cell: (pain) => (pain.dropOffRate === null ? raw("") : formatter.percent(pain.dropOffRate)),
          numeric: true,
        },
      ],
      ranking.painPoints,
    ),
  );
}
