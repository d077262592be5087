import type { ConformanceResult, DeviationKind, Journey } from "@journeykit/core";
import type { Formatter } from "../locale/formatter";
import type { ReportLabels } from "../locale/report-labels";
import { type Content, type Html, raw, section, table, tag } from "./html";

const DEVIATION_KINDS: readonly DeviationKind[] = ["skip", "backtrack", "late-entry", "unrecognised"];

/**
 * How well the data follows the map: fitness, deviations by kind, what happened at each stage,
 * backtracks, undocumented events, touchpoints never seen, and the most common deviating journeys.
 */
export function conformanceSection(
  journey: Journey,
  result: ConformanceResult,
  labels: ReportLabels,
  formatter: Formatter,
): Html {
  const count = (value: number) => formatter.number(value, 0);
  const share = (part: number, whole: number) => formatter.percent(whole === 0 ? 0 : part / whole);
  const stageName = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const touchpointName = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.name]));
  const nameOf = (id: string) => stageName.get(id) ?? id;
  const findings = (items: readonly Content[]) =>
    items.length === 0
      ? tag("p", { class: "muted" }, labels.none)
      : tag("ul", { class: "findings" }, ...items.map((item) => tag("li", {}, item)));

  return section(
    "conformance",
    labels.conformance,
    tag(
      "div",
      { class: "cards" },
      tag(
        "div",
        { class: "card" },
        tag("span", { class: "figure" }, formatter.percent(result.fitness)),
        tag(
          "span",
          { class: "label" },
          `${labels.fitness}: ${labels.fitnessExplained} (${count(result.conformingCustomers)} / ${count(result.observedCustomers)})`,
        ),
      ),
      ...DEVIATION_KINDS.filter((kind) => result.deviations[kind] > 0).map((kind) =>
        tag(
          "div",
          { class: "card" },
          tag("span", { class: "figure" }, count(result.deviations[kind])),
          tag(
            "span",
            { class: "label" },
            `${labels.deviationKinds[kind]} (${share(result.deviations[kind], result.observedCustomers)})`,
          ),
        ),
      ),
    ),
    table(
      labels.stage,
      [
        { heading: labels.stage, cell: (stage) => nameOf(stage.id) },
        {
          heading: labels.customers,
          cell: (stage) => (stage.observable ? count(stage.customers) : raw("")),
          numeric: true,
        },
        {
          heading: labels.entered,
          cell: (stage) => (stage.observable ? count(stage.entered) : raw("")),
          numeric: true,
        },
        {
          heading: labels.skipped,
          cell: (stage) =>
            stage.observable ? count(stage.skipped) : tag("span", { class: "muted" }, labels.notObservable),
          numeric: true,
        },
      ],
      result.stages,
    ),
    tag("h3", {}, labels.backtracks),
    findings(
      result.backtracks.map(
        (backtrack) =>
          `${nameOf(backtrack.from)} → ${nameOf(backtrack.to)}: ${count(backtrack.customers)} ${labels.customers.toLowerCase()}, ${count(backtrack.times)} ${labels.times}`,
      ),
    ),
    tag("h3", {}, labels.unrecognisedEvents),
    findings(
      result.unrecognisedEvents.map(
        (event) =>
          `${event.name}: ${count(event.events)} ${labels.events.toLowerCase()} (${share(event.events, result.events.total)}), ${count(event.customers)} ${labels.customers.toLowerCase()}`,
      ),
    ),
    tag("h3", {}, labels.unseenTouchpoints),
    findings(result.unseenTouchpoints.map((id) => touchpointName.get(id) ?? id)),
    tag("h3", {}, labels.deviatingVariants),
    findings(
      result.deviatingVariants.map(
        (variant) =>
          `${variant.stages.map(nameOf).join(" → ")}: ${count(variant.customers)} (${formatter.percent(variant.share)}), ${variant.deviations.map((kind) => labels.deviationKinds[kind].toLowerCase()).join(", ")}`,
      ),
    ),
  );
}
