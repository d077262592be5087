import {
  type ConformanceOptions,
  conformance,
  type EventLog,
  type FeedbackResponse,
  type Journey,
  kpiReport,
  type PathVariantsOptions,
  pathVariants,
  rankPainPoints,
  type StageFunnelOptions,
  type StageFunnelResult,
  stageFunnel,
} from "@journeykit/core";
import { renderFunnel } from "../funnel/render-funnel";
import { choosePersona } from "../journey-map/choose-persona";
import { renderJourneyMap } from "../journey-map/render-journey-map";
import { createFormatter } from "../locale/formatter";
import { labelsFor } from "../locale/labels";
import { reportLabelsFor } from "../locale/report-labels";
import { displayStatus, type JourneyMetrics } from "../metrics/journey-metrics";
import { renderPaths } from "../sankey/render-paths";
import { conformanceSection } from "./conformance-section";
import { type Html, raw, render, section, tag } from "./html";
import { kpiSection } from "./kpi-section";
import { painPointSection } from "./pain-point-section";
import { REPORT_STYLES } from "./report-styles";

/**
 * What {@link renderReport} needs: the journey, the events, and optionally measured KPIs,
 * feedback, and options for each analysis it runs.
 *
 * @example
 * ```ts
 * const input: ReportInput = {
 *   journey,
 *   log,
 *   metrics: { nps: nps(surveyScores) },
 *   locale: "nb",
 *   source: "events_20240301.ndjson",
 *   paths: { ignore: ["user_engagement", "scroll"], maxSteps: 5 },
 * };
 * ```
 */
export interface ReportInput {
  /** The journey map (from `defineJourney` or a template). */
  readonly journey: Journey;
  /** The behaviour data. */
  readonly log: EventLog;
  /** Measured KPI values by KPI id, as `kpiReport` takes them. */
  readonly metrics?: JourneyMetrics;
  /** Feedback responses whose tags name pain point ids; they rank the pain points. */
  readonly feedback?: readonly FeedbackResponse[];
  /** The persona whose emotion curve the map draws (an id). */
  readonly persona?: string;
  /** A BCP 47 locale for every label and number (English, Norwegian Bokmål, Danish). Default `"en"`. */
  readonly locale?: string;
  /** The report's heading. Default: the journey's name. */
  readonly title?: string;
  /** Where the data came from (a file name, a table), shown under the heading. */
  readonly source?: string;
  /** When the report was made, shown under the heading; left out by default, so the same input gives the same file. */
  readonly generatedAt?: Date;
  /** Options of the stage funnel (`stageFunnel`). */
  readonly stageFunnel?: StageFunnelOptions;
  /** Options of the paths (`pathVariants`); default `{ maxSteps: 5, top: 10, collapseRepeats: true }`. */
  readonly paths?: PathVariantsOptions;
  /** Options of the conformance check (`conformance`). */
  readonly conformance?: ConformanceOptions;
}

const DEFAULT_PATHS: PathVariantsOptions = { maxSteps: 5, top: 10, collapseRepeats: true };

/** The drop-off after each required stage: customers who reached it but not the next required stage. */
function dropOffAfterStages(result: StageFunnelResult): Record<string, number> {
  const rates: Record<string, number> = {};
  result.steps.forEach((step, index) => {
    if (step.optional) return;
    const next = result.steps.slice(index + 1).find((candidate) => !candidate.optional);
    const stage = result.stages[index];
    if (next !== undefined && stage !== undefined) rates[stage.id] = next.dropOffRate;
  });
  return rates;
}

function figure(svg: string, caption?: string): Html {
  return tag("figure", {}, raw(svg), ...(caption === undefined ? [] : [tag("figcaption", {}, caption)]));
}

/**
 * Writes one self-contained HTML report of a journey against its data: a summary, the journey
 * map (with KPIs), the stage funnel, the top paths as a Sankey, how well the data follows the map
 * (fitness, skips, backtracks, undocumented events, unseen touchpoints), every KPI against its
 * target, and the pain points ranked biggest first. It runs `stageFunnel`, `pathVariants`,
 * `conformance`, `kpiReport` and `rankPainPoints` itself (pain points are weighted by the
 * drop-off after their stage: customers who reached it but not the next required stage).
 *
 * The file has inline SVG and CSS only: no scripts, no fonts, no network (a Content Security
 * Policy forbids loading anything), so it opens anywhere and can be mailed or archived. Sections
 * have stable ids: `summary`, `journey-map`, `stage-funnel`, `paths`, `conformance`, `kpis`,
 * `pain-points`. It prints on A4 landscape.
 *
 * @param input - The journey, the log, and optional metrics, feedback, locale and analysis options.
 * @returns The HTML document as a string.
 * @throws `InvalidOptionError` (from `@journeykit/core`) for an invalid option of any analysis, an unknown persona,
 * metrics of unknown KPIs, or an invalid locale.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { EventLog, defineJourney } from "@journeykit/core";
 * import { renderReport } from "@journeykit/render";
 *
 * const html = renderReport({ journey: defineJourney(webShop), log: EventLog.from(events), source: "export.ndjson" });
 * writeFileSync("report.html", html); // open it in any browser
 * ```
 */
export function renderReport(input: ReportInput): string {
  const { journey, log } = input;
  const locale = input.locale ?? "en";
  const chartLabels = labelsFor(locale);
  const labels = reportLabelsFor(locale);
  const formatter = createFormatter(locale, chartLabels);
  const count = (value: number) => formatter.number(value, 0);
  const metrics = input.metrics ?? {};
  const kpis = kpiReport(journey, metrics);

  const touchpointsWithEvents = new Set(
    journey.touchpoints
      .filter((touchpoint) => touchpoint.events.length > 0)
      .map((touchpoint) => touchpoint.id),
  );
  const observable = journey.stages.some((stage) =>
    stage.touchpoints.some((id) => touchpointsWithEvents.has(id)),
  );
  const funnel = observable ? stageFunnel(journey, log, input.stageFunnel) : undefined;
  const fit = observable ? conformance(journey, log, input.conformance) : undefined;
  const paths = pathVariants(log, { ...DEFAULT_PATHS, ...input.paths });
  const feedback = input.feedback ?? [];
  const ranking = rankPainPoints(journey, feedback, {
    stageDropOff: funnel === undefined ? {} : dropOffAfterStages(funnel),
  });
  const persona = choosePersona(journey, input.persona);

  const title = input.title ?? journey.name;
  const timeRange = log.timeRange;
  const period =
    timeRange === undefined ? "–" : `${formatter.date(timeRange.start)} – ${formatter.date(timeRange.end)}`;
  const facts = [`${labels.period}: ${period}`];
  if (input.source !== undefined) facts.unshift(`${labels.source}: ${input.source}`);
  if (input.generatedAt !== undefined)
    facts.push(`${labels.generated}: ${formatter.date(input.generatedAt.getTime())}`);

  const measured = kpis.stages
    .flatMap((group) => group.kpis)
    .filter((line) => line.value !== null && line.target !== null);
  const card = (figureText: string, label: string) =>
    tag(
      "div",
      { class: "card" },
      tag("span", { class: "figure" }, figureText),
      tag("span", { class: "label" }, label),
    );
  const cards = [card(count(log.customerCount), labels.customers), card(count(log.size), labels.events)];
  if (funnel !== undefined)
    cards.push(card(formatter.percent(funnel.overallConversion), labels.overallConversion));
  if (fit !== undefined) cards.push(card(formatter.percent(fit.fitness), labels.fitness));
  if (measured.length > 0) {
    const onTarget = measured.filter((line) => displayStatus(line) === "on-target").length;
    cards.push(card(`${onTarget} / ${measured.length}`, labels.kpisOnTarget));
  }
  const noData = tag("p", { class: "muted" }, labels.noObservableStages);

  const sections: Html[] = [
    section("summary", labels.summary, tag("div", { class: "cards" }, ...cards)),
    section(
      "journey-map",
      labels.journeyMap,
      figure(
        renderJourneyMap(journey, {
          ...(persona === undefined ? {} : { persona: persona.id }),
          metrics,
          locale,
          idPrefix: "jk-map",
        }),
      ),
    ),
    section(
      "stage-funnel",
      labels.stageFunnel,
      funnel === undefined
        ? noData
        : figure(
            renderFunnel(funnel, { title: labels.stageFunnel, locale, idPrefix: "jk-funnel" }),
            funnel.stagesWithoutEvents.length === 0
              ? undefined
              : `${funnel.stagesWithoutEvents.map((id) => journey.stages.find((stage) => stage.id === id)?.name ?? id).join(", ")}: ${labels.notObservable}`,
          ),
    ),
    section("paths", labels.paths, figure(renderPaths(paths, { locale, idPrefix: "jk-paths" }))),
    fit === undefined
      ? section("conformance", labels.conformance, noData)
      : conformanceSection(journey, fit, labels, formatter),
    kpiSection(kpis, chartLabels, labels, formatter),
    painPointSection(journey, ranking, feedback.length > 0, labels, formatter),
  ];
  const ids = ["summary", "journey-map", "stage-funnel", "paths", "conformance", "kpis", "pain-points"];
  const headings = [
    labels.summary,
    labels.journeyMap,
    labels.stageFunnel,
    labels.paths,
    labels.conformance,
    labels.kpis,
    labels.painPoints,
  ];

  const head = [
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    // Nothing may be fetched: the report is one file that works offline and leaks nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/>`,
    '<meta name="generator" content="journeykit"/>',
    render(tag("title", {}, `${title} · ${labels.report}`)),
    `<style>${REPORT_STYLES}</style>`,
  ];
  const body = [
    render(
      tag(
        "header",
        {},
        tag("h1", {}, title),
        tag(
          "p",
          { class: "lede" },
          [labels.report, persona === undefined ? undefined : `${chartLabels.persona}: ${persona.name}`]
            .filter((part) => part !== undefined)
            .join(" · "),
        ),
        tag("p", { class: "lede" }, facts.join(" · ")),
        tag(
          "nav",
          { "aria-label": labels.contents },
          tag(
            "ul",
            {},
            ...ids.map((id, index) => tag("li", {}, tag("a", { href: `#${id}` }, headings[index] ?? id))),
          ),
        ),
      ),
    ),
    render(tag("main", {}, ...sections)),
    render(tag("footer", {}, tag("p", {}, labels.madeWith))),
  ];
  return `<!DOCTYPE html>\n<html lang="${formatter.locale}">\n<head>\n${head.join("\n")}\n</head>\n<body>\n${body.join("\n")}\n</body>\n</html>\n`;
}
