import { type Journey, kpiReport } from "@journeykit/core";
import { parseOptions } from "@journeykit/core/adapter";
import type { Labels } from "../locale/labels";
import type { JourneyMetrics } from "../metrics/journey-metrics";
import { JourneyMapOptionsSchema } from "../options/render-option-schemas";
import { chartSetup } from "../svg/chart-setup";
import { heading } from "../svg/heading";
import { NEUTRAL, OKABE_ITO, TINT } from "../svg/palette";
import { attributes, element, svgDocument, textHeight, textLines, wrapToWidth } from "../svg/svg";
import { choosePersona } from "./choose-persona";
import { LEGEND_HEIGHT, legend } from "./legend";
import { type MapContent, mapRows } from "./map-rows";

/**
 * Options of {@link renderJourneyMap}.
 *
 * @example
 * ```ts
 * const options: JourneyMapOptions = { persona: "kari", locale: "nb", metrics: { nps: { value: 31, n: 812 } } };
 * ```
 */
export interface JourneyMapOptions {
  /** The persona whose emotion curve is drawn (a persona id); the first persona with emotions when left out. */
  readonly persona?: string;
  /** Measured KPI values by KPI id (what `kpiReport` takes), drawn in the KPI lanes with their target and interval. */
  readonly metrics?: JourneyMetrics;
  /** A BCP 47 locale for labels (English, Norwegian Bokmål and Danish; English otherwise) and numbers. Default `"en"`. */
  readonly locale?: string;
  /** Prefix of the ids inside the SVG; give each map in one HTML page its own. Default `"journey-map"`. */
  readonly idPrefix?: string;
}

type Persona = Journey["personas"][number];
/** 297 mm at four units per millimetre: the width of A4 landscape. */
const A4_WIDTH = 1188;
const MARGIN = 24;
const LABEL_WIDTH = 112;
const MIN_COLUMN_WIDTH = 150;
const COLUMN_GAP = 6;
const CELL_PADDING = 7;
const LANE_GAP = 3;
/** How much wider than A4 a map may grow to keep an A4-landscape shape, and by what factor per try. */
const MAX_WIDENING = 1.8;
const WIDENING_STEP = 1.1;
const LANE_LABEL = { size: 11, weight: "bold" } as const;
const STAGE_NAME = { size: 13, weight: "bold", fill: "#FFFFFF" } as const;
const STAGE_GOAL = { size: 10, italic: true, fill: NEUTRAL.text } as const;

function subtitleOf(journey: Journey, persona: Persona | undefined, labels: Labels): string[] {
  const who =
    persona === undefined
      ? labels.noPersona
      : [persona.name, persona.role, persona.ageBand].filter((part) => part !== undefined).join(", ");
  const lines = [`${labels.persona}: ${who} · ${journey.version} · ${journey.status}`];
  if (persona?.quote !== undefined) lines.push(`“${persona.quote}”`);
  return lines;
}

/**
 * Draws a journey map as a standalone SVG string: stages as columns, and lanes for customer
 * actions, touchpoints (digital solid and blue, physical dashed and orange, each with its channel
 * icon), the chosen persona's emotion curve (-2..+2), pain points with severity, opportunities,
 * KPIs with measured value, interval, N, target and status, and, when any stage has them, the
 * service-blueprint lanes with the line of visibility. Lanes with nothing in any stage are left out.
 *
 * Sized for A4 landscape (a 1188-unit-wide viewBox, 4 units per millimetre; wider when the
 * columns would get narrower than 150 units); text wraps to its column by character count, so
 * output is the same everywhere. Accessible: `role="img"` with `<title>` and `<desc>`, and every
 * word is a real `<text>` element. Colours are the Okabe-Ito palette, and every distinction is
 * also made by shape, dash or words. Pure: no DOM, runs in Node and browsers.
 *
 * @param journey - A journey from `defineJourney` (or a template).
 * @param options - Persona, measured KPI values, locale and id prefix.
 * @returns The SVG document as a string.
 * @throws `InvalidOptionError` (from `@journeykit/core`) for an unknown persona, an invalid locale or id prefix, and
 * (from `kpiReport`) a metric of an unknown KPI, with a non-finite value or a unit that does not convert.
 *
 * @example
 * ```ts
 * import { defineJourney } from "@journeykit/core";
 * import { renderJourneyMap } from "@journeykit/render";
 *
 * const svg = renderJourneyMap(defineJourney(webShop), {
 *   persona: "kari",
 *   metrics: { "view-to-cart": { value: 0.105, interval: { lower: 0.093, upper: 0.118 }, n: 2400 } },
 * });
 * svg.startsWith("<svg"); // true
 * // write it to a file, or put it inline in HTML
 * ```
 */
export function renderJourneyMap(journey: Journey, options: JourneyMapOptions = {}): string {
  parseOptions(JourneyMapOptionsSchema, options);
  const { labels, formatter, idPrefix } = chartSetup(options, "journey-map");
  const report = kpiReport(journey, options.metrics ?? {});
  const kpisOf = (stageId: string | null) =>
    report.stages.find((group) => group.stage === stageId)?.kpis ?? [];
  const persona = choosePersona(journey, options.persona);
  const { stages } = journey;

  const content = { journey, persona, kpisOf, labels, formatter };
  // Start at A4 width (wider when columns would get narrower than MIN_COLUMN_WIDTH); while the
  // map is much taller than A4 landscape, widen it, so text needs fewer lines and the whole map
  // fits the page at a larger scale than a tall strip would.
  let width = Math.max(A4_WIDTH, MARGIN * 2 + LABEL_WIDTH + stages.length * MIN_COLUMN_WIDTH);
  let drawn = drawMap(content, width);
  while (drawn.height > (width / Math.SQRT2) * 1.05 && width < A4_WIDTH * MAX_WIDENING) {
    width = Math.round(width * WIDENING_STEP);
    drawn = drawMap(content, width);
  }
  return svgDocument({
    width,
    height: Math.max(drawn.height, Math.round(width / Math.SQRT2)),
    idPrefix,
    className: "journeykit-journey-map",
    title: `${labels.journeyMap}: ${journey.name}`,
    description: describe(journey, persona, labels, formatter.signed),
    body: drawn.body,
  });
}

/** Lays the map out at one width: the heading, the stage headers, every lane and the legend. */
function drawMap(content: MapContent, width: number): { body: string; height: number } {
  const { journey, persona, labels } = content;
  const { stages } = journey;
  const columnWidth = (width - MARGIN * 2 - LABEL_WIDTH) / stages.length;
  const columnX = (index: number) => MARGIN + LABEL_WIDTH + index * columnWidth + COLUMN_GAP / 2;
  const cellWidth = columnWidth - COLUMN_GAP;
  const innerWidth = cellWidth - CELL_PADDING * 2;
  const rows = mapRows(
    { columnX, cellWidth, innerWidth, cellPadding: CELL_PADDING, columnGap: COLUMN_GAP },
    content,
  );

  const parts: string[] = [];
  const head = heading(
    MARGIN,
    MARGIN,
    width - MARGIN * 2,
    journey.name,
    subtitleOf(journey, persona, labels),
    20,
  );
  parts.push(head.svg);
  let y = head.bottom + 10;

  // Stage headers: the number and name on a blue band, the goal on a tint below it.
  const nameLines = stages.map((stage) =>
    wrapToWidth(`${stage.order}. ${stage.name}`, innerWidth, STAGE_NAME),
  );
  const goalLines = stages.map((stage) =>
    stage.goal === undefined ? [] : wrapToWidth(stage.goal, innerWidth, STAGE_GOAL),
  );
  const bandHeight =
    Math.max(...nameLines.map((lines) => textHeight(lines.length, STAGE_NAME))) + CELL_PADDING * 2;
  const goalHeight = Math.max(0, ...goalLines.map((lines) => textHeight(lines.length, STAGE_GOAL)));
  const goalBandHeight = goalHeight === 0 ? 0 : goalHeight + CELL_PADDING * 2;
  stages.forEach((_, index) => {
    const x = columnX(index);
    parts.push(
      `<g${attributes({ class: "stage", "data-stage": stages[index]?.id })}>`,
      element("rect", { x, y, width: cellWidth, height: bandHeight, rx: 4, fill: OKABE_ITO.blue }),
      textLines(x + CELL_PADDING, y + CELL_PADDING, nameLines[index] ?? [], STAGE_NAME),
    );
    if (goalBandHeight > 0) {
      parts.push(
        element("rect", { x, y: y + bandHeight, width: cellWidth, height: goalBandHeight, fill: TINT.blue }),
        textLines(x + CELL_PADDING, y + bandHeight + CELL_PADDING, goalLines[index] ?? [], STAGE_GOAL),
      );
    }
    parts.push("</g>");
  });
  parts.push(textLines(MARGIN, y + CELL_PADDING, [labels.stage], { ...LANE_LABEL, fill: NEUTRAL.mutedText }));
  y += bandHeight + goalBandHeight + LANE_GAP;

  for (const row of rows) {
    const labelLines = wrapToWidth(row.label, LABEL_WIDTH - CELL_PADDING * 2, LANE_LABEL);
    parts.push(
      `<g${attributes({ class: "lane", "data-lane": row.key })}>`,
      textLines(MARGIN, y + CELL_PADDING, labelLines, LANE_LABEL),
      row.draw(y),
      "</g>",
    );
    y += row.height + LANE_GAP;
    if (row.visibilityLineBelow) {
      const lineY = y + 9;
      parts.push(
        element("line", {
          x1: MARGIN,
          x2: width - MARGIN,
          y1: lineY,
          y2: lineY,
          stroke: OKABE_ITO.reddishPurple,
          "stroke-width": 1.5,
          "stroke-dasharray": "8 4",
        }),
        textLines(MARGIN + LABEL_WIDTH + 4, lineY - 13, [labels.lineOfVisibility], {
          size: 9.5,
          weight: "bold",
          fill: "#9E4A7A",
        }),
      );
      y += 18;
    }
  }
  y += 6;
  parts.push(legend(MARGIN, y, labels));
  y += LEGEND_HEIGHT + MARGIN;
  return { body: parts.join("\n"), height: y };
}

function describe(
  journey: Journey,
  persona: Persona | undefined,
  labels: Labels,
  signed: (value: number) => string,
): string {
  const stages = journey.stages.map((stage) => {
    const emotion = persona === undefined ? undefined : stage.emotions[persona.id];
    return emotion === undefined
      ? stage.name
      : `${stage.name} (${labels.emotion.toLowerCase()} ${signed(emotion)})`;
  });
  const painPoints = journey.stages.reduce((sum, stage) => sum + stage.painPoints.length, 0);
  return [
    `${labels.stage}: ${stages.join(" → ")}.`,
    `${labels.persona}: ${persona?.name ?? labels.noPersona}.`,
    `${labels.touchpoints}: ${journey.touchpoints.length}. ${labels.painPoints}: ${painPoints}.`,
  ].join(" ");
}
