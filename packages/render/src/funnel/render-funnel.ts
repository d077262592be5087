import type { FunnelDropOff, FunnelResult, FunnelSummary } from "@journeykit/core";
import { parseOptions } from "@journeykit/core/adapter";
import type { Formatter } from "../locale/formatter";
import type { Labels } from "../locale/labels";
import { FunnelChartOptionsSchema } from "../options/render-option-schemas";
import { chartSetup } from "../svg/chart-setup";
import { heading } from "../svg/heading";
import { NEUTRAL, OKABE_ITO, TINT } from "../svg/palette";
import { attributes, element, svgDocument, textHeight, textLines, wrapToWidth } from "../svg/svg";

/**
 * What {@link renderFunnel} draws: a `funnel()` or `stageFunnel()` result, or one group of a
 * funnel breakdown (then N and the window are not known and not shown).
 *
 * @example
 * ```ts
 * const input: FunnelChartInput = funnel(log, { steps: ["view_item", "add_to_cart", "purchase"] });
 * const group: FunnelChartInput = input.breakdown?.[0] ?? input;
 * ```
 */
export type FunnelChartInput = FunnelSummary & Partial<Pick<FunnelResult, "countBy" | "units" | "window">>;

/**
 * Options of {@link renderFunnel}.
 *
 * @example
 * ```ts
 * const options: FunnelChartOptions = { title: "Checkout, March", highlight: "rate", locale: "da" };
 * ```
 */
export interface FunnelChartOptions {
  /** The chart's title. Default "Funnel" in the chosen language. */
  readonly title?: string;
  /** Which biggest drop-off to highlight: the most units lost (`"count"`, default) or the highest rate. */
  readonly highlight?: "count" | "rate";
  /** A BCP 47 locale for labels and numbers. Default `"en"`. */
  readonly locale?: string;
  /** Prefix of the ids inside the SVG. Default `"funnel"`. */
  readonly idPrefix?: string;
}

const MARGIN = 24;
const STEP_WIDTH = 150;
const MIN_WIDTH = 760;
const PLOT_HEIGHT = 220;
const STEP_LABEL = { size: 11, weight: "bold" } as const;
const DETAIL = { size: 10, fill: NEUTRAL.text } as const;
const LOSS = { size: 10, weight: "bold", fill: OKABE_ITO.vermillion } as const;

function subtitleOf(result: FunnelChartInput, labels: Labels, formatter: Formatter): string {
  const unitWord = result.countBy === "sessions" ? labels.sessions : labels.customers;
  const entered = result.steps[0]?.count ?? 0;
  const parts = [`N\u00A0=\u00A0${formatter.number(entered, 0)} ${unitWord} ${labels.entered}`];
  if (result.units !== undefined) parts.push(`${formatter.number(result.units, 0)} ${labels.inLog}`);
  parts.push(`${labels.overallConversion} ${formatter.percent(result.overallConversion)}`);
  if (result.window !== undefined) parts.push(`${labels.window} ${formatter.duration(result.window)}`);
  return parts.join(" · ");
}

function describe(
  result: FunnelChartInput,
  highlighted: FunnelDropOff | null,
  labels: Labels,
  formatter: Formatter,
): string {
  const steps = result.steps.map(
    (step) =>
      `${step.label} ${formatter.number(step.count, 0)} (${formatter.percent(step.conversionFromStart)})`,
  );
  const biggest =
    highlighted === null
      ? ""
      : ` ${labels.biggestDropOff}: ${highlighted.fromLabel} → ${highlighted.toLabel}, ${formatter.number(highlighted.dropOff, 0)} (${formatter.percent(highlighted.dropOffRate)}).`;
  return `${steps.join(" → ")}.${biggest}`;
}

/**
 * Draws a funnel as an SVG bar chart: one bar per step with its count, conversion from the
 * start and from the previous step, the drop-off (count and rate) and the median time from the
 * previous step, with N (the units that entered, and the units in the data) in the subtitle.
 * What each step lost is drawn as a dashed outline above its bar; the biggest drop-off (by
 * count, or by rate with `highlight: "rate"`, as the result's `biggestDropOff` names it) is
 * drawn in vermillion with the words "Biggest drop-off", so exactly one step is highlighted
 * whenever the funnel has one. Optional steps have dashed bars.
 *
 * @param result - A `funnel()` or `stageFunnel()` result, or a breakdown group.
 * @param options - Title, which drop-off to highlight, locale and id prefix.
 * @returns The SVG document as a string.
 * @throws `InvalidOptionError` (from `@journeykit/core`) for an invalid locale or id prefix.
 *
 * @example
 * ```ts
 * import { EventLog, funnel } from "@journeykit/core";
 * import { renderFunnel } from "@journeykit/render";
 *
 * const result = funnel(EventLog.from(events), { steps: ["view_item", "add_to_cart", "purchase"] });
 * const svg = renderFunnel(result, { title: "Web shop funnel" });
 * svg.includes("Biggest drop-off"); // true when anyone entered the funnel
 * ```
 */
export function renderFunnel(result: FunnelChartInput, options: FunnelChartOptions = {}): string {
  parseOptions(FunnelChartOptionsSchema, options);
  const { labels, formatter, idPrefix } = chartSetup(options, "funnel");
  const highlighted =
    options.highlight === "rate" ? result.biggestDropOff.byRate : result.biggestDropOff.byCount;
  const { steps } = result;
  const width = Math.max(MIN_WIDTH, MARGIN * 2 + steps.length * STEP_WIDTH);
  const columnWidth = (width - MARGIN * 2) / Math.max(1, steps.length);
  const barWidth = Math.min(90, columnWidth * 0.6);
  const textWidth = columnWidth - 12;

  const parts: string[] = [];
  const head = heading(MARGIN, MARGIN, width - MARGIN * 2, options.title ?? labels.funnel, [
    subtitleOf(result, labels, formatter),
  ]);
  parts.push(head.svg);
  const y = head.bottom + 34;

  const plotTop = y;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const maxCount = Math.max(0, ...steps.map((step) => step.count));
  const heightOf = (count: number) => (maxCount === 0 ? 0 : (count / maxCount) * PLOT_HEIGHT);
  parts.push(
    element("line", {
      x1: MARGIN,
      x2: width - MARGIN,
      y1: plotBottom,
      y2: plotBottom,
      stroke: NEUTRAL.mutedText,
      "stroke-width": 1,
    }),
  );

  let previousRequired: number | undefined;
  let labelsBottom = plotBottom;
  steps.forEach((step, index) => {
    const centre = MARGIN + columnWidth * index + columnWidth / 2;
    const barX = centre - barWidth / 2;
    const isHighlighted = highlighted !== null && highlighted.to === index;
    const barHeight = heightOf(step.count);
    const stepParts: string[] = [];
    const previousCount = previousRequired === undefined ? undefined : (steps[previousRequired]?.count ?? 0);
    if (previousCount !== undefined && previousCount > step.count) {
      // What the step lost against the previous required step: an outline over the bar.
      const lossTop = plotBottom - heightOf(previousCount);
      stepParts.push(
        element("rect", {
          x: barX,
          y: lossTop,
          width: barWidth,
          height: heightOf(previousCount) - barHeight,
          fill: isHighlighted ? TINT.vermillion : NEUTRAL.laneBackground,
          stroke: isHighlighted ? OKABE_ITO.vermillion : NEUTRAL.grid,
          "stroke-width": isHighlighted ? 2 : 1,
          "stroke-dasharray": "5 3",
        }),
      );
    }
    if (isHighlighted) {
      const top = plotBottom - heightOf(previousCount ?? step.count);
      stepParts.push(
        textLines(centre, top - 30, [labels.biggestDropOff], { ...LOSS, size: 10.5, anchor: "middle" }),
      );
    }
    stepParts.push(
      element("rect", {
        x: barX,
        y: plotBottom - barHeight,
        width: barWidth,
        height: barHeight,
        fill: step.optional ? OKABE_ITO.skyBlue : OKABE_ITO.blue,
        stroke: step.optional ? OKABE_ITO.blue : undefined,
        "stroke-dasharray": step.optional ? "4 2" : undefined,
      }),
    );
    const countInside = barHeight >= 22;
    stepParts.push(
      textLines(
        centre,
        countInside ? plotBottom - barHeight + 4 : plotBottom - barHeight - 17,
        [formatter.number(step.count, 0)],
        {
          size: 12,
          weight: "bold",
          anchor: "middle",
          fill: countInside && !step.optional ? "#FFFFFF" : NEUTRAL.text,
        },
      ),
    );

    // Under the axis: the step's name, then its numbers.
    let textY = plotBottom + 8;
    const nameLines = wrapToWidth(`${index + 1}. ${step.label}`, textWidth, STEP_LABEL, 3);
    stepParts.push(textLines(centre, textY, nameLines, { ...STEP_LABEL, anchor: "middle" }));
    textY += textHeight(nameLines.length, STEP_LABEL) + 2;
    const details = [`${formatter.percent(step.conversionFromStart)} ${labels.fromStart}`];
    if (step.optional) details.unshift(`(${labels.optional})`);
    if (index > 0) details.push(`${formatter.percent(step.conversionFromPrevious)} ${labels.fromPrevious}`);
    if (step.timeFromPrevious !== null)
      details.push(`${labels.median} ${formatter.duration(step.timeFromPrevious.median)}`);
    const detailLines = details.flatMap((detail) => wrapToWidth(detail, textWidth, DETAIL));
    stepParts.push(textLines(centre, textY, detailLines, { ...DETAIL, anchor: "middle" }));
    textY += textHeight(detailLines.length, DETAIL);
    // Passing an optional step by is not leaving the funnel, so it shows no drop-off.
    if (index > 0 && !step.optional) {
      const lost = step.dropOff === 0 ? "0" : `−${formatter.number(step.dropOff, 0)}`;
      const loss = `${lost} (${formatter.percent(step.dropOffRate)}) ${labels.dropOff}`;
      const lossLines = wrapToWidth(loss, textWidth, LOSS);
      const style = isHighlighted ? LOSS : { ...DETAIL, fill: NEUTRAL.mutedText };
      stepParts.push(textLines(centre, textY, lossLines, { ...style, anchor: "middle" }));
      textY += textHeight(lossLines.length, style);
    }
    labelsBottom = Math.max(labelsBottom, textY);
    parts.push(
      `<g${attributes({
        class: "funnel-step",
        "data-step": index,
        "data-count": step.count,
        "data-biggest-drop-off": isHighlighted ? "true" : undefined,
      })}>${stepParts.join("")}</g>`,
    );
    if (!step.optional) previousRequired = index;
  });

  return svgDocument({
    width,
    height: labelsBottom + MARGIN,
    idPrefix,
    className: "journeykit-funnel",
    title: options.title ?? labels.funnel,
    description: describe(result, highlighted, labels, formatter),
    body: parts.join("\n"),
  });
}
