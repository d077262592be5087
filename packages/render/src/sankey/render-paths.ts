import {
  type DirectlyFollowsResult,
  InvalidOptionError,
  type PathVariantsResult,
  type Transition,
} from "@journeykit/core";
import { parseOptions } from "@journeykit/core/adapter";
import type { Formatter } from "../locale/formatter";
import type { Labels } from "../locale/labels";
import { PathsChartOptionsSchema } from "../options/render-option-schemas";
import { chartSetup } from "../svg/chart-setup";
import { heading } from "../svg/heading";
import { NEUTRAL } from "../svg/palette";
import { svgDocument, textLines } from "../svg/svg";
import { drawSankey, type RankedRow, rankedList } from "./draw-sankey";
import { layoutSankey, type SankeyLinkInput, type SankeyNodeInput } from "./sankey-layout";

/**
 * Options of {@link renderPaths}.
 *
 * @example
 * ```ts
 * const options: PathsChartOptions = { title: "After the product page", top: 8, locale: "nb" };
 * ```
 */
export interface PathsChartOptions {
  /** The chart's title. Default "Top paths" (path variants) or "What follows what" (directly-follows). */
  readonly title?: string;
  /** Directly-follows only: how many transitions to draw, most frequent first. Default 12. */
  readonly top?: number;
  /** Directly-follows only: size flows by `"events"` (transitions, default) or distinct `"customers"`. */
  readonly measure?: "events" | "customers";
  /** A BCP 47 locale for labels and numbers. Default `"en"`. */
  readonly locale?: string;
  /** Prefix of the ids inside the SVG. Default `"paths"`. */
  readonly idPrefix?: string;
}

const MARGIN = 24;
const NODE_WIDTH = 12;
const COLUMN_WIDTH = 240;
const MIN_WIDTH = 900;
const NODE_GAP = 24;
const SEPARATOR = " → ";

/** What both kinds of input become: nodes, links, and the rows and words around them. */
interface PathsDiagram {
  readonly title: string;
  readonly subtitle: string;
  readonly nodes: SankeyNodeInput[];
  readonly links: SankeyLinkInput[];
  readonly total: number;
  readonly columnHeads: readonly string[];
  readonly rows: readonly RankedRow[];
  readonly footer: readonly string[];
}

const keyOf = (column: number, name: string) => `${column}:${name}`;

function fromVariants(result: PathVariantsResult, labels: Labels, formatter: Formatter): PathsDiagram {
  const nodes = new Map<string, SankeyNodeInput>();
  const links = new Map<string, SankeyLinkInput>();
  for (const variant of result.variants) {
    variant.steps.forEach((name, column) => {
      const key = keyOf(column, name);
      nodes.set(key, { key, column, label: name, value: (nodes.get(key)?.value ?? 0) + variant.customers });
      if (column === 0) return;
      const source = keyOf(column - 1, variant.steps[column - 1] ?? "");
      const linkKey = `${source}\u0000${key}`;
      links.set(linkKey, {
        source,
        target: key,
        value: (links.get(linkKey)?.value ?? 0) + variant.customers,
      });
    });
  }
  const columns = Math.max(0, ...result.variants.map((variant) => variant.steps.length));
  const count = (value: number) => formatter.number(value, 0);
  const footer = [];
  if (result.other.customers > 0) {
    footer.push(
      `${labels.other}: ${count(result.other.variants)} ${labels.pathCount}, ${count(result.other.customers)} ${labels.customers} (${formatter.percent(result.other.share)})`,
    );
  }
  if (result.customersWithoutPath > 0)
    footer.push(`${count(result.customersWithoutPath)} ${labels.customers} ${labels.withoutPath}`);
  return {
    title: labels.paths,
    subtitle: `N\u00A0=\u00A0${count(result.customers)} ${labels.customers} ${labels.withPath} · ${count(result.variants.length)} ${labels.pathCount} ${labels.shown}`,
    nodes: [...nodes.values()],
    links: [...links.values()],
    total: result.customers,
    columnHeads: Array.from({ length: columns }, (_, index) => `${index + 1}.`),
    rows: result.variants.map((variant) => ({
      text: variant.steps.join(SEPARATOR),
      value: `${count(variant.customers)} (${formatter.percent(variant.share)})`,
      share: variant.share,
      ...(variant.truncated > 0 ? { note: `${count(variant.truncated)} ${labels.cutShort}` } : {}),
    })),
    footer,
  };
}

function fromDirectlyFollows(
  result: DirectlyFollowsResult,
  top: number,
  measure: "events" | "customers",
  labels: Labels,
  formatter: Formatter,
): PathsDiagram {
  const sizeOf = (transition: Transition) => transition[measure];
  const shown = [...result.transitions]
    .sort(
      (a, b) => sizeOf(b) - sizeOf(a) || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1),
    )
    .slice(0, top);
  const nodes = new Map<string, SankeyNodeInput>();
  for (const transition of shown) {
    for (const [column, name] of [
      [0, transition.from],
      [1, transition.to],
    ] as const) {
      const key = keyOf(column, name);
      nodes.set(key, { key, column, label: name, value: (nodes.get(key)?.value ?? 0) + sizeOf(transition) });
    }
  }
  const total =
    measure === "events"
      ? result.totalTransitions
      : result.transitions.reduce((sum, transition) => sum + transition.customers, 0);
  const shownTotal = shown.reduce((sum, transition) => sum + sizeOf(transition), 0);
  const count = (value: number) => formatter.number(value, 0);
  const unitWord = measure === "events" ? labels.transitions : labels.customers;
  return {
    title: labels.whatFollows,
    subtitle: `N\u00A0=\u00A0${count(result.sequences)} ${labels.sequences} · ${count(result.totalTransitions)} ${labels.transitions} · ${count(shown.length)} ${labels.shown} (${formatter.percent(total === 0 ? 0 : shownTotal / total)})`,
    nodes: [...nodes.values()],
    links: shown.map((transition) => ({
      source: keyOf(0, transition.from),
      target: keyOf(1, transition.to),
      value: sizeOf(transition),
    })),
    total,
    columnHeads: ["", labels.followedBy],
    rows: shown.map((transition) => ({
      text: `${transition.from}${SEPARATOR}${transition.to}`,
      value: `${count(sizeOf(transition))} ${unitWord} (${formatter.percent(total === 0 ? 0 : sizeOf(transition) / total)})`,
      share: total === 0 ? 0 : sizeOf(transition) / total,
    })),
    footer: [],
  };
}

/**
 * Draws the paths customers take as an SVG Sankey diagram, with a ranked list of the paths and
 * their shares under it. Pass a `pathVariants()` result to see the top paths step by step (one
 * column per step, flows sized by customers, each node labelled with its customers and their
 * share of everyone with a path; paths beyond `top` and customers without a path are named in a
 * footnote), or a `directlyFollows()` result to see the most frequent pairs (what each event is
 * followed by). Layout is deterministic: the same result gives the same picture.
 *
 * @param paths - A `pathVariants()` or `directlyFollows()` result.
 * @param options - Title, locale, id prefix, and for directly-follows how many pairs and by what measure.
 * @returns The SVG document as a string.
 * @throws `InvalidOptionError` (from `@journeykit/core`) for an invalid locale, id prefix or `top`.
 *
 * @example
 * ```ts
 * import { EventLog, pathVariants } from "@journeykit/core";
 * import { renderPaths } from "@journeykit/render";
 *
 * const log = EventLog.from(events);
 * const svg = renderPaths(pathVariants(log, { startAt: "view_item", maxSteps: 4, collapseRepeats: true }));
 * // the top paths from the product page, as a Sankey with shares
 * ```
 */
export function renderPaths(
  paths: PathVariantsResult | DirectlyFollowsResult,
  options: PathsChartOptions = {},
): string {
  parseOptions(PathsChartOptionsSchema, options);
  const { labels, formatter, idPrefix } = chartSetup(options, "paths");
  const top = options.top ?? 12;
  if (!Number.isInteger(top) || top < 1) {
    throw new InvalidOptionError({ option: "top", problem: `${top} is not a whole number of 1 or more` });
  }
  const diagram =
    "variants" in paths
      ? fromVariants(paths, labels, formatter)
      : fromDirectlyFollows(paths, top, options.measure ?? "events", labels, formatter);
  const columnCount = Math.max(1, diagram.columnHeads.length);
  const width = Math.max(MIN_WIDTH, MARGIN * 2 + columnCount * COLUMN_WIDTH);
  const title = options.title ?? diagram.title;
  const head = heading(MARGIN, MARGIN, width - MARGIN * 2, title, [diagram.subtitle]);
  const parts = [head.svg];
  const busiest = Math.max(
    0,
    ...Array.from(
      { length: columnCount },
      (_, column) => diagram.nodes.filter((node) => node.column === column).length,
    ),
  );
  const plotTop = head.bottom + 28;
  const plotHeight = Math.max(240, busiest * (NODE_GAP + 14));
  const frame = {
    left: MARGIN,
    top: plotTop,
    width: width - MARGIN * 2,
    height: plotHeight,
    nodeWidth: NODE_WIDTH,
    gap: NODE_GAP,
  };
  const step = columnCount > 1 ? (frame.width - NODE_WIDTH) / (columnCount - 1) : 0;
  diagram.columnHeads.forEach((text, column) => {
    const last = column === columnCount - 1 && column > 0;
    const x = frame.left + column * step + (last ? NODE_WIDTH : 0);
    parts.push(
      textLines(x, plotTop - 20, [text], {
        size: 10,
        weight: "bold",
        fill: NEUTRAL.mutedText,
        anchor: last ? "end" : "start",
      }),
    );
  });
  const { nodes, links } = layoutSankey(diagram.nodes, diagram.links, frame);
  // Labels sit right of their node (left in the last column), so two columns share each gap.
  const labelWidth = step / 2 - NODE_WIDTH - 8;
  parts.push(
    drawSankey(nodes, links, NODE_WIDTH, labelWidth, (node) => ({
      name: node.label,
      detail: `${formatter.number(node.value, 0)} (${formatter.percent(diagram.total === 0 ? 0 : node.value / diagram.total)})`,
    })),
  );
  const list = rankedList(diagram.rows, MARGIN, plotTop + plotHeight + 24, width - MARGIN * 2);
  parts.push(list.svg);
  let bottom = list.bottom + 4;
  for (const line of diagram.footer) {
    parts.push(textLines(MARGIN, bottom, [line], { size: 10, fill: NEUTRAL.mutedText, italic: true }));
    bottom += 14;
  }
  return svgDocument({
    width,
    height: bottom + MARGIN,
    idPrefix,
    className: "journeykit-paths",
    title,
    description: `${diagram.subtitle}. ${diagram.rows.map((row) => `${row.text}: ${row.value}`).join("; ")}.`,
    body: parts.join("\n"),
  });
}
