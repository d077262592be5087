import { type Journey, kpiReport } from "@journeykit/core";
import { createFormatter } from "../locale/formatter";
import { type Labels, labelsFor } from "../locale/labels";
import type { JourneyMetrics } from "../metrics/journey-metrics";
import { heading } from "../svg/heading";
import { NEUTRAL, OKABE_ITO, TINT } from "../svg/palette";
import {
  attributes,
  checkIdPrefix,
  element,
  svgDocument,
  textHeight,
  textLines,
  wrapToWidth,
} from "../svg/svg";
import { type Cell, kpiCell, type ListItem, listCell, touchpointCell } from "./cells";
import { choosePersona } from "./choose-persona";
import { emotionLane } from "./emotion-lane";
import { LEGEND_HEIGHT, legend } from "./legend";

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
const MIN_LANE_HEIGHT = 30;
const EMOTION_LANE_HEIGHT = 116;
const LANE_LABEL = { size: 11, weight: "bold" } as const;
const STAGE_NAME = { size: 13, weight: "bold", fill: "#FFFFFF" } as const;
const STAGE_GOAL = { size: 10, italic: true, fill: NEUTRAL.text } as const;

/** A horizontal band of the map: a label at the left and something drawn across the stage columns. */
interface Row {
  /** Names the lane in the output (`data-lane`), for styling and tests. */
  readonly key: string;
  readonly label: string;
  readonly height: number;
  draw(y: number): string;
  /** Draw the line of visibility under this row. */
  readonly visibilityLineBelow?: boolean;
}

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
  const labels = labelsFor(options.locale ?? "en");
  const formatter = createFormatter(options.locale ?? "en", labels);
  const idPrefix = checkIdPrefix(options.idPrefix ?? "journey-map");
  const report = kpiReport(journey, options.metrics ?? {});
  const kpisOf = (stageId: string | null) =>
    report.stages.find((group) => group.stage === stageId)?.kpis ?? [];
  const persona = choosePersona(journey, options.persona);
  const { stages } = journey;

  const width = Math.max(A4_WIDTH, MARGIN * 2 + LABEL_WIDTH + stages.length * MIN_COLUMN_WIDTH);
  const columnWidth = (width - MARGIN * 2 - LABEL_WIDTH) / stages.length;
  const columnX = (index: number) => MARGIN + LABEL_WIDTH + index * columnWidth + COLUMN_GAP / 2;
  const cellWidth = columnWidth - COLUMN_GAP;
  const innerWidth = cellWidth - CELL_PADDING * 2;

  const laneOfCells = (key: string, label: string, cells: readonly Cell[], extra: Partial<Row> = {}): Row => {
    const height = Math.max(MIN_LANE_HEIGHT, ...cells.map((cell) => cell.height + CELL_PADDING * 2));
    return {
      key,
      label,
      height,
      ...extra,
      draw: (y) =>
        cells
          .map(
            (cell, index) =>
              element("rect", {
                x: columnX(index),
                y,
                width: cellWidth,
                height,
                fill: NEUTRAL.laneBackground,
              }) + cell.draw(columnX(index) + CELL_PADDING, y + CELL_PADDING),
          )
          .join(""),
    };
  };
  const listLane = (
    key: string,
    label: string,
    itemsOf: (index: number) => readonly ListItem[],
  ): Row | undefined => {
    const items = stages.map((_, index) => itemsOf(index));
    if (items.every((list) => list.length === 0)) return undefined;
    return laneOfCells(
      key,
      label,
      items.map((list) => listCell(list, innerWidth)),
    );
  };

  const touchpointsById = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const rows: (Row | undefined)[] = [
    laneOfCells(
      "customer-actions",
      labels.customerActions,
      stages.map((stage) => {
        const actions = [...stage.steps];
        for (const action of stage.blueprint?.customerActions ?? [])
          if (!actions.includes(action)) actions.push(action);
        return listCell(
          actions.map((text) => ({ text, marker: "bullet" })),
          innerWidth,
        );
      }),
    ),
    laneOfCells(
      "touchpoints",
      labels.touchpoints,
      stages.map((stage) =>
        touchpointCell(
          stage.touchpoints.flatMap((id) => touchpointsById.get(id) ?? []),
          innerWidth,
          labels,
        ),
      ),
    ),
    {
      key: "emotion",
      label: `${labels.emotion}${persona === undefined ? "" : `: ${persona.name}`}`,
      height: EMOTION_LANE_HEIGHT,
      draw: (y) =>
        stages
          .map((_, index) =>
            element("rect", {
              x: columnX(index),
              y,
              width: cellWidth,
              height: EMOTION_LANE_HEIGHT,
              fill: NEUTRAL.laneBackground,
            }),
          )
          .join("") +
        emotionLane({
          scores: stages.map((stage) => (persona === undefined ? undefined : stage.emotions[persona.id])),
          stageIds: stages.map((stage) => stage.id),
          columnX,
          columnWidth: cellWidth,
          top: y,
          height: EMOTION_LANE_HEIGHT,
          axisX: columnX(0) - COLUMN_GAP,
          emptyText: labels.noEmotion,
          formatter,
        }),
    },
    listLane("pain-points", labels.painPoints, (index) =>
      (stages[index]?.painPoints ?? []).map((pain) => ({
        text: pain.description,
        marker: "pain",
        ...(pain.severity === undefined ? {} : { note: `${labels.severity} ${pain.severity}/5` }),
      })),
    ),
    listLane("opportunities", labels.opportunities, (index) =>
      (stages[index]?.opportunities ?? []).map((text) => ({ text, marker: "opportunity" })),
    ),
  ];
  if (stages.some((stage) => kpisOf(stage.id).length > 0)) {
    rows.push(
      laneOfCells(
        "kpis",
        labels.kpis,
        stages.map((stage) => kpiCell(kpisOf(stage.id), innerWidth, formatter, labels)),
      ),
    );
  }
  const journeyWide = kpisOf(null);
  for (let start = 0; start < journeyWide.length; start += stages.length) {
    const chunk = journeyWide.slice(start, start + stages.length);
    rows.push(
      laneOfCells(
        "journey-kpis",
        labels.wholeJourney,
        stages.map((_, index) => kpiCell(chunk.slice(index, index + 1), innerWidth, formatter, labels)),
      ),
    );
  }
  if (stages.some((stage) => stage.blueprint !== undefined)) {
    const blueprintLane = (
      label: string,
      lane: "physicalEvidence" | "frontstage" | "backstage" | "supportProcesses",
    ) =>
      laneOfCells(
        lane,
        label,
        stages.map((stage) =>
          listCell(
            (stage.blueprint?.[lane] ?? []).map((text) => ({
              text,
              marker: lane === "physicalEvidence" ? "evidence" : "bullet",
            })),
            innerWidth,
          ),
        ),
        lane === "frontstage" ? { visibilityLineBelow: true } : {},
      );
    rows.push(
      blueprintLane(labels.physicalEvidence, "physicalEvidence"),
      blueprintLane(labels.frontstage, "frontstage"),
      blueprintLane(labels.backstage, "backstage"),
      blueprintLane(labels.supportProcesses, "supportProcesses"),
    );
  }

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
    if (row === undefined) continue;
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

  const height = Math.max(y, Math.round(width / Math.SQRT2));
  return svgDocument({
    width,
    height,
    idPrefix,
    className: "journeykit-journey-map",
    title: `${labels.journeyMap}: ${journey.name}`,
    description: describe(journey, persona, labels, formatter.signed),
    body: parts.join("\n"),
  });
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
