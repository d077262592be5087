import type { JourneyReport } from "@journeykit/core";
import { parseOptions } from "@journeykit/core/adapter";
import { renderFunnel } from "../funnel/render-funnel";
import { choosePersona } from "../journey-map/choose-persona";
import { renderJourneyMap } from "../journey-map/render-journey-map";
import { createFormatter } from "../locale/formatter";
import { labelsFor } from "../locale/labels";
import { reportLabelsFor } from "../locale/report-labels";
import { displayStatus } from "../metrics/journey-metrics";
import { ReportOptionsSchema } from "../options/render-option-schemas";
import { renderPaths } from "../sankey/render-paths";
import { conformanceSection } from "./conformance-section";
import { type Html, raw, render, section, tag } from "./html";
import { kpiSection } from "./kpi-section";
import { painPointSection } from "./pain-point-section";
import { REPORT_STYLES } from "./report-styles";

/**
 * How {@link renderReport} draws a report: the persona of the map, the locale, and the heading's
 * facts. What the report shows comes from `journeyReport` (`@journeykit/core`).
 *
 * @example
 * ```ts
 * const options: ReportOptions = { locale: "nb", source: "events_20240301.ndjson", persona: "kari" };
 * ```
 */
export interface ReportOptions {
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
}

function figure(svg: string, caption?: string): Html {
  return tag("figure", {}, raw(svg), ...(caption === undefined ? [] : [tag("figcaption", {}, caption)]));
}

/**
 * Draws a journey's report as one self-contained HTML file: a summary, the journey map (with
 * KPIs), the stage funnel, the top paths as a Sankey, how well the data follows the map (fitness,
 * skips, backtracks, undocumented events, unseen touchpoints), every KPI against its target, and
 * the pain points ranked biggest first. It runs no analysis: `journeyReport` from
 * `@journeykit/core` computes the data, so a command line or a dashboard can show the same numbers.
 *
 * The file has inline SVG and CSS only: no scripts, no fonts, no network (a Content Security
 * Policy forbids loading anything), so it opens anywhere and can be mailed or archived. Sections
 * have stable ids: `summary`, `journey-map`, `stage-funnel`, `paths`, `conformance`, `kpis`,
 * `pain-points`. It prints on A4 landscape.
 *
 * @param report - The report's data, from `journeyReport(journey, log, options)`.
 * @param options - The persona of the map, the locale, the title, the source and the date.
 * @returns The HTML document as a string.
 * @throws `InvalidOptionError` (from `@journeykit/core`) for an unknown persona or an invalid locale.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { EventLog, defineJourney, journeyReport } from "@journeykit/core";
 * import { renderReport } from "@journeykit/render";
 *
 * const report = journeyReport(defineJourney(webShop), EventLog.from(events));
 * const html = renderReport(report, { source: "export.ndjson" });
 * writeFileSync("report.html", html); // open it in any browser
 * ```
 */
export function renderReport(report: JourneyReport, options: ReportOptions = {}): string {
  parseOptions(ReportOptionsSchema, options);
  const { journey, stageFunnel: funnel, conformance: fit, paths, kpis, metrics } = report;
  const locale = options.locale ?? "en";
  const chartLabels = labelsFor(locale);
  const labels = reportLabelsFor(locale);
  const formatter = createFormatter(locale, chartLabels);
  const count = (value: number) => formatter.number(value, 0);
  const persona = choosePersona(journey, options.persona);

  const title = options.title ?? journey.name;
  const { timeRange } = report;
  const period =
    timeRange === undefined ? "–" : `${formatter.date(timeRange.start)} – ${formatter.date(timeRange.end)}`;
  const facts = [`${labels.period}: ${period}`];
  if (options.source !== undefined) facts.unshift(`${labels.source}: ${options.source}`);
  if (options.generatedAt !== undefined)
    facts.push(`${labels.generated}: ${formatter.date(options.generatedAt.getTime())}`);

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
  const cards = [card(count(report.customers), labels.customers), card(count(report.events), labels.events)];
  if (funnel !== null)
    cards.push(card(formatter.percent(funnel.overallConversion), labels.overallConversion));
  if (fit !== null) cards.push(card(formatter.percent(fit.fitness), labels.fitness));
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
      funnel === null
        ? noData
        : figure(
            renderFunnel(funnel, { title: labels.stageFunnel, locale, idPrefix: "jk-funnel" }),
            funnel.stagesWithoutEvents.length === 0
              ? undefined
              : `${funnel.stagesWithoutEvents.map((id) => journey.stages.find((stage) => stage.id === id)?.name ?? id).join(", ")}: ${labels.notObservable}`,
          ),
    ),
    section("paths", labels.paths, figure(renderPaths(paths, { locale, idPrefix: "jk-paths" }))),
    fit === null
      ? section("conformance", labels.conformance, noData)
      : conformanceSection(journey, fit, labels, formatter),
    kpiSection(kpis, chartLabels, labels, formatter),
    painPointSection(journey, report.painPoints, report.feedbackResponses > 0, labels, formatter),
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
