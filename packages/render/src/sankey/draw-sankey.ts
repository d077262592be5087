import { escapeXml } from "../svg/escape-xml";
import { NEUTRAL, OKABE_ITO } from "../svg/palette";
import { attributes, element, round, textLines, wrapToWidth } from "../svg/svg";
import type { SankeyLink, SankeyNode } from "./sankey-layout";

/** Colours given to event names in turn; black and yellow are left out as too heavy and too faint on white. */
const NODE_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
] as const;

const LABEL_NAME = { size: 10, weight: "bold", fill: NEUTRAL.text } as const;
const LABEL_DETAIL = { size: 9.5, fill: NEUTRAL.mutedText } as const;

/** What to write beside a node. */
export interface SankeyLabel {
  readonly name: string;
  readonly detail: string;
}

/**
 * Draws laid-out nodes and links: bands coloured by their source's name (the same name gets the
 * same colour in every column), each node labelled with its name and detail on a line each, cut
 * to fit with the whole text in the node's `<title>` (a tooltip, and what screen readers announce).
 */
export function drawSankey(
  nodes: readonly SankeyNode[],
  links: readonly SankeyLink[],
  nodeWidth: number,
  labelWidth: number,
  labelOf: (node: SankeyNode) => SankeyLabel,
): string {
  const colours = new Map<string, string>();
  for (const node of nodes) {
    if (!colours.has(node.label))
      colours.set(node.label, NODE_COLOURS[colours.size % NODE_COLOURS.length] ?? OKABE_ITO.blue);
  }
  const nodesByKey = new Map(nodes.map((node) => [node.key, node]));
  const lastColumn = Math.max(0, ...nodes.map((node) => node.column));
  const bands = links.map((link) => {
    const middle = round((link.x0 + link.x1) / 2);
    const [x0, y0, x1, y1] = [round(link.x0), round(link.y0), round(link.x1), round(link.y1)];
    const [y0End, y1End] = [round(link.y0 + link.thickness), round(link.y1 + link.thickness)];
    const colour = colours.get(nodesByKey.get(link.source)?.label ?? "") ?? OKABE_ITO.blue;
    return element("path", {
      class: "sankey-link",
      "data-source": link.source,
      "data-target": link.target,
      "data-value": link.value,
      d: `M${x0} ${y0}C${middle} ${y0} ${middle} ${y1} ${x1} ${y1}V${y1End}C${middle} ${y1End} ${middle} ${y0End} ${x0} ${y0End}Z`,
      fill: colour,
      "fill-opacity": 0.35,
    });
  });
  const boxes = nodes.map((node) => {
    const { name, detail } = labelOf(node);
    const onLeft = node.column === lastColumn && lastColumn > 0;
    const lines = [
      ...wrapToWidth(name, labelWidth, LABEL_NAME, 1).map((line) => ({ line, style: LABEL_NAME })),
      ...wrapToWidth(detail, labelWidth, LABEL_DETAIL, 1).map((line) => ({ line, style: LABEL_DETAIL })),
    ];
    const x = onLeft ? node.x - 5 : node.x + nodeWidth + 5;
    let y = node.y + node.height / 2 - (LABEL_NAME.size + LABEL_DETAIL.size) * 0.62;
    const texts = lines.map(({ line, style }) => {
      const text = textLines(x, y, [line], { ...style, anchor: onLeft ? "end" : "start", halo: true });
      y += style.size * 1.2;
      return text;
    });
    return (
      `<g${attributes({ class: "sankey-node", "data-key": node.key, "data-value": node.value })}>` +
      `<title>${escapeXml(`${name} · ${detail}`)}</title>` +
      element("rect", {
        x: node.x,
        y: node.y,
        width: nodeWidth,
        height: node.height,
        fill: colours.get(node.label) ?? OKABE_ITO.blue,
      }) +
      texts.join("") +
      "</g>"
    );
  });
  return `<g class="sankey">${bands.join("")}${boxes.join("")}</g>`;
}

/** One row of the ranked list under a Sankey: the path, and its count and share. */
export interface RankedRow {
  readonly text: string;
  readonly value: string;
  readonly share: number;
  readonly note?: string;
}

const ROW = { size: 10.5 } as const;
const ROW_NOTE = { size: 9, fill: NEUTRAL.mutedText } as const;
const BAR_WIDTH = 120;

/** The paths as a ranked list with share bars, from (x, y) across `width`; returns markup and the y below it. */
export function rankedList(
  rows: readonly RankedRow[],
  x: number,
  y: number,
  width: number,
): { svg: string; bottom: number } {
  const valueX = x + width - BAR_WIDTH - 12;
  const textWidth = valueX - x - 110;
  let top = y;
  const parts = rows.map((row, index) => {
    const lines = wrapToWidth(`${index + 1}. ${row.text}`, textWidth, ROW);
    const height = lines.length * ROW.size * 1.25 + (row.note === undefined ? 0 : ROW_NOTE.size * 1.25) + 5;
    const drawn =
      `<g${attributes({ class: "ranked-path", "data-rank": index + 1 })}>` +
      textLines(x, top, lines, ROW) +
      (row.note === undefined
        ? ""
        : textLines(x + 14, top + lines.length * ROW.size * 1.25, [row.note], ROW_NOTE)) +
      textLines(valueX - 8, top, [row.value], { ...ROW, anchor: "end" }) +
      element("rect", { x: valueX, y: top + 2, width: BAR_WIDTH, height: 9, fill: NEUTRAL.laneBackground }) +
      element("rect", {
        x: valueX,
        y: top + 2,
        width: BAR_WIDTH * Math.min(1, Math.max(0, row.share)),
        height: 9,
        fill: OKABE_ITO.blue,
      }) +
      "</g>";
    top += height;
    return drawn;
  });
  return { svg: parts.join(""), bottom: top };
}
