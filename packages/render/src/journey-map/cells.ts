import type { Journey, KpiReportLine } from "@journeykit/core";
import type { Formatter } from "../locale/formatter";
import type { Labels } from "../locale/labels";
import { displayStatus } from "../metrics/journey-metrics";
import { NEUTRAL, OKABE_ITO, TINT } from "../svg/palette";
import { attributes, element, type TextStyle, textHeight, textLines, wrapToWidth } from "../svg/svg";
import { channelIcon } from "./channel-icon";
import { type Marker, marker, statusSymbol } from "./markers";

type Touchpoint = Journey["touchpoints"][number];

/** The content of one stage in one lane: its height for the given width, and how to draw it there. */
export interface Cell {
  readonly height: number;
  draw(x: number, y: number): string;
}

const BODY: TextStyle = { size: 10.5 };
const NOTE: TextStyle = { size: 9, fill: NEUTRAL.mutedText };
const BOLD: TextStyle = { size: 10.5, weight: "bold" };
const ITEM_GAP = 5;
const MARKER_INDENT = 12;

/** Stacks blocks of known height top to bottom with a gap between them. */
function stack(blocks: readonly Cell[], gap: number): Cell {
  const height = blocks.reduce((sum, block) => sum + block.height, 0) + gap * Math.max(0, blocks.length - 1);
  return {
    height,
    draw(x, y) {
      let top = y;
      return blocks
        .map((block) => {
          const drawn = block.draw(x, top);
          top += block.height + gap;
          return drawn;
        })
        .join("");
    },
  };
}

/** One item of a list lane: a marker, wrapped text and an optional note below it. */
export interface ListItem {
  readonly text: string;
  readonly marker: Marker;
  readonly note?: string;
}

/** A list of items, each with its marker, wrapped to `width`. */
export function listCell(items: readonly ListItem[], width: number): Cell {
  const textWidth = width - MARKER_INDENT;
  return stack(
    items.map((item) => {
      const lines = wrapToWidth(item.text, textWidth, BODY);
      const noteLines = item.note === undefined ? [] : wrapToWidth(item.note, textWidth, NOTE);
      const linesHeight = textHeight(lines.length, BODY);
      return {
        height: linesHeight + textHeight(noteLines.length, NOTE),
        draw: (x, y) =>
          marker(item.marker, x + 4, y + BODY.size * 0.6) +
          textLines(x + MARKER_INDENT, y, lines, BODY) +
          textLines(x + MARKER_INDENT, y + linesHeight, noteLines, NOTE),
      };
    }),
    ITEM_GAP,
  );
}

const ICON_SIZE = 14;
const BADGE_PADDING = 5;

/** Touchpoint badges: digital ones solid blue, physical ones dashed orange, each with its channel icon and name. */
export function touchpointCell(touchpoints: readonly Touchpoint[], width: number, labels: Labels): Cell {
  const textX = BADGE_PADDING * 2 + ICON_SIZE;
  const textWidth = width - textX - BADGE_PADDING;
  return stack(
    touchpoints.map((touchpoint) => {
      const digital = touchpoint.kind === "digital";
      const colour = digital ? OKABE_ITO.blue : OKABE_ITO.orange;
      const nameLines = wrapToWidth(touchpoint.name, textWidth, BOLD);
      const kindText = `${labels.channels[touchpoint.channel]} · ${digital ? labels.digital : labels.physical}`;
      const kindLines = wrapToWidth(kindText, textWidth, NOTE);
      const nameHeight = textHeight(nameLines.length, BOLD);
      const height = Math.max(ICON_SIZE, nameHeight + textHeight(kindLines.length, NOTE)) + BADGE_PADDING * 2;
      return {
        height,
        draw: (x, y) =>
          `<g${attributes({ class: "touchpoint", "data-touchpoint": touchpoint.id, "data-kind": touchpoint.kind })}>` +
          element("rect", {
            x,
            y,
            width,
            height,
            rx: 4,
            fill: digital ? TINT.blue : TINT.orange,
            stroke: colour,
            "stroke-width": 1.2,
            "stroke-dasharray": digital ? undefined : "4 2.5",
          }) +
          channelIcon(touchpoint.channel, x + BADGE_PADDING, y + BADGE_PADDING, ICON_SIZE, colour) +
          textLines(x + textX, y + BADGE_PADDING, nameLines, BOLD) +
          textLines(x + textX, y + BADGE_PADDING + nameHeight, kindLines, NOTE) +
          "</g>",
      };
    }),
    ITEM_GAP,
  );
}

const STATUS_INDENT = 16;

/** Each KPI of a stage: name, measured value with interval and N, target and status. */
export function kpiCell(
  lines: readonly KpiReportLine[],
  width: number,
  formatter: Formatter,
  labels: Labels,
): Cell {
  const textWidth = width - STATUS_INDENT;
  const statusWords = {
    "on-target": labels.onTarget,
    "off-target": labels.offTarget,
    unclear: labels.unclear,
  };
  return stack(
    lines.map((line) => {
      const status = displayStatus(line);
      const nameLines = wrapToWidth(line.name, textWidth, BOLD);
      let valueText = labels.noData;
      if (line.value !== null) {
        valueText = formatter.kpi(line.value, line.unit);
        if (line.interval !== null) {
          valueText += ` [${formatter.kpi(line.interval.lower, line.unit)} – ${formatter.kpi(line.interval.upper, line.unit)}]`;
        }
        if (line.n !== null) valueText += ` · n\u00A0=\u00A0${formatter.number(line.n, 0)}`;
      }
      const valueStyle: TextStyle = { ...BODY, fill: line.value === null ? NEUTRAL.mutedText : NEUTRAL.text };
      const valueLines = wrapToWidth(valueText, textWidth, valueStyle);
      const notes: string[] = [];
      if (line.target !== null) notes.push(`${labels.target} ${formatter.kpi(line.target, line.unit)}`);
      if (status === "on-target" || status === "off-target" || status === "unclear")
        notes.push(statusWords[status]);
      const noteStyle: TextStyle = {
        ...NOTE,
        fill: status === "off-target" ? OKABE_ITO.vermillion : NEUTRAL.mutedText,
      };
      const noteLines = wrapToWidth(notes.join(" · "), textWidth, noteStyle);
      const nameHeight = textHeight(nameLines.length, BOLD);
      const valueHeight = textHeight(valueLines.length, valueStyle);
      return {
        height: nameHeight + valueHeight + textHeight(noteLines.length, noteStyle),
        draw: (x, y) =>
          `<g${attributes({ class: "kpi", "data-kpi": line.id, "data-status": status })}>` +
          statusSymbol(status, x + 6, y + BOLD.size * 0.6) +
          textLines(x + STATUS_INDENT, y, nameLines, BOLD) +
          textLines(x + STATUS_INDENT, y + nameHeight, valueLines, valueStyle) +
          textLines(x + STATUS_INDENT, y + nameHeight + valueHeight, noteLines, noteStyle) +
          "</g>",
      };
    }),
    ITEM_GAP + 2,
  );
}
