import type { FunnelComparison, ProportionComparison } from "@journeykit/core";
import { parseOptions } from "@journeykit/core/adapter";
import type { Formatter } from "../locale/formatter";
import type { Labels } from "../locale/labels";
import { FunnelComparisonChartOptionsSchema } from "../options/render-option-schemas";
import { chartSetup } from "../svg/chart-setup";
import { heading } from "../svg/heading";
import { NEUTRAL, OKABE_ITO, TINT } from "../svg/palette";
import { attributes, element, svgDocument, textHeight, textLines, wrapToWidth } from "../svg/svg";

/**
 * Options of {@link renderFunnelComparison}.
 *
 * @example
 * ```ts
 * const options: FunnelComparisonChartOptions = { periods: ["February", "March"], rate: "fromPrevious" };
 * ```
 */
export interface FunnelComparisonChartOptions {
  /** Names of the two funnels, `a` first. Default "Before" and "After" in the chosen language. */
  readonly periods?: readonly [string, string];
  /** Which conversion the bars show: from step 1 (`"fromStart"`, default) or from the previous step. */
  readonly rate?: "fromStart" | "fromPrevious";
  /** The chart's title. Default "Funnel comparison" in the chosen language. */
  readonly title?: string;
  /** A BCP 47 locale for labels and numbers. Default `"en"`. */
  readonly locale?: string;
  /** Prefix of the ids inside the SVG. Default `"funnel-comparison"`. */
  readonly idPrefix?: string;
}

const MARGIN = 24;
const STEP_WIDTH = 170;
const MIN_WIDTH = 760;
const PLOT_HEIGHT = 200;
const STEP_LABEL = { size: 11, weight: "bold" } as const;
const DETAIL = { size: 10, fill: NEUTRAL.text } as const;

function pValue(p: number, formatter: Formatter): string {
  return p < 0.001 ? `p < ${formatter.number(0.001, 3)}` : `p = ${formatter.number(p, 3)}`;
}

/** "+4 pp (+33.3%), p = 0.01, significant": the change and whether the test can tell it from noise. */
function changeText(test: ProportionComparison, labels: Labels, formatter: Formatter): string {
  const relative = test.relativeChange === null ? "" : ` (${formatter.signed(test.relativeChange * 100)}%)`;
  return `${formatter.signed(test.difference * 100)} ${labels.points}${relative}, ${pValue(test.pValue, formatter)}, ${test.significant ? labels.significant : labels.notSignificant}`;
}

/**
 * Draws a `compareFunnels()` result as an SVG chart of paired bars: per step, the conversion of
 * both funnels (two periods, or two segments) side by side, the change in percentage points and
 * relative, the p-value of the two-proportion test, and whether the change is significant at the
 * comparison's `alpha`. A significant rise is drawn in bluish green and a significant fall in
 * vermillion, each also written out; changes the test cannot tell from noise stay grey. The
 * subtitle gives N of both funnels and the overall change.
 *
 * @param comparison - What `compareFunnels(a, b)` returns.
 * @param options - Period names, which rate to draw, title, locale and id prefix.
 * @returns The SVG document as a string.
 * @throws `InvalidOptionError` (from `@journeykit/core`) for an invalid locale or id prefix.
 *
 * @example
 * ```ts
 * import { compareFunnels, funnel } from "@journeykit/core";
 * import { renderFunnelComparison } from "@journeykit/render";
 *
 * const svg = renderFunnelComparison(compareFunnels(funnel(february, { steps }), funnel(march, { steps })), {
 *   periods: ["February", "March"],
 * });
 * ```
 */
export function renderFunnelComparison(
  comparison: FunnelComparison,
  options: FunnelComparisonChartOptions = {},
): string {
  parseOptions(FunnelComparisonChartOptionsSchema, options);
  const { labels, formatter, idPrefix } = chartSetup(options, "funnel-comparison");
  const [nameA, nameB] = options.periods ?? [labels.before, labels.after];
  const rate = options.rate ?? "fromStart";
  const { steps, overall } = comparison;
  const width = Math.max(MIN_WIDTH, MARGIN * 2 + steps.length * STEP_WIDTH);
  const columnWidth = (width - MARGIN * 2) / Math.max(1, steps.length);
  const barWidth = Math.min(44, columnWidth * 0.28);
  const textWidth = columnWidth - 12;
  const title = options.title ?? labels.comparison;

  const count = (value: number) => formatter.number(value, 0);
  const subtitle = [
    `${nameA}: N\u00A0=\u00A0${count(overall.a.trials)} · ${nameB}: N\u00A0=\u00A0${count(overall.b.trials)}`,
    `${labels.overallConversion} ${formatter.percent(overall.a.rate)} → ${formatter.percent(overall.b.rate)}: ${changeText(overall, labels, formatter)}`,
  ];
  const head = heading(MARGIN, MARGIN, width - MARGIN * 2, title, subtitle);
  const parts = [head.svg];

  // The legend tells the two bars apart by fill and outline, not by colour alone.
  const legendY = head.bottom + 8;
  const swatch = (x: number, period: "a" | "b") =>
    element("rect", {
      x,
      y: legendY + 1,
      width: 14,
      height: 10,
      fill: period === "a" ? TINT.skyBlue : OKABE_ITO.blue,
      stroke: OKABE_ITO.blue,
      "stroke-dasharray": period === "a" ? "3 2" : undefined,
    });
  parts.push(
    swatch(MARGIN, "a"),
    textLines(MARGIN + 19, legendY, [nameA], { size: 10.5 }),
    swatch(MARGIN + 40 + nameA.length * 6, "b"),
    textLines(MARGIN + 59 + nameA.length * 6, legendY, [nameB], { size: 10.5 }),
  );

  const plotTop = legendY + 40;
  const plotBottom = plotTop + PLOT_HEIGHT;
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const y = plotBottom - share * PLOT_HEIGHT;
    parts.push(
      element("line", {
        x1: MARGIN,
        x2: width - MARGIN,
        y1: y,
        y2: y,
        stroke: share === 0 ? NEUTRAL.mutedText : NEUTRAL.grid,
        "stroke-width": share === 0 ? 1 : 0.5,
      }),
      textLines(width - MARGIN, y - 12, [formatter.percent(share)], {
        size: 9,
        fill: NEUTRAL.mutedText,
        anchor: "end",
      }),
    );
  }

  let bottom = plotBottom;
  steps.forEach((step, index) => {
    const test = step[rate];
    const centre = MARGIN + columnWidth * index + columnWidth / 2;
    const stepParts: string[] = [];
    for (const [period, sample, x] of [
      ["a", test.a, centre - barWidth - 2],
      ["b", test.b, centre + 2],
    ] as const) {
      const height = Math.max(0, Math.min(1, sample.rate)) * PLOT_HEIGHT;
      stepParts.push(
        element("rect", {
          x,
          y: plotBottom - height,
          width: barWidth,
          height,
          fill: period === "a" ? TINT.skyBlue : OKABE_ITO.blue,
          stroke: OKABE_ITO.blue,
          "stroke-dasharray": period === "a" ? "3 2" : undefined,
        }),
        textLines(x + barWidth / 2, plotBottom - height - 14, [formatter.percent(sample.rate)], {
          size: 9.5,
          weight: "bold",
          anchor: "middle",
        }),
      );
    }
    let y = plotBottom + 8;
    const nameLines = wrapToWidth(`${index + 1}. ${step.label}`, textWidth, STEP_LABEL, 3);
    stepParts.push(textLines(centre, y, nameLines, { ...STEP_LABEL, anchor: "middle" }));
    y += textHeight(nameLines.length, STEP_LABEL) + 2;
    const countLines = wrapToWidth(
      `${count(test.a.successes)} / ${count(test.a.trials)} → ${count(test.b.successes)} / ${count(test.b.trials)}`,
      textWidth,
      DETAIL,
    );
    stepParts.push(
      textLines(centre, y, countLines, { ...DETAIL, fill: NEUTRAL.mutedText, anchor: "middle" }),
    );
    y += textHeight(countLines.length, DETAIL);
    // Step 1 converts 100% in both funnels by definition: there is no change to report.
    if (index > 0) {
      const changeColour = !test.significant
        ? NEUTRAL.mutedText
        : test.difference >= 0
          ? OKABE_ITO.bluishGreen
          : OKABE_ITO.vermillion;
      const changeStyle = {
        ...DETAIL,
        weight: test.significant ? "bold" : "normal",
        fill: changeColour,
      } as const;
      const changeLines = wrapToWidth(changeText(test, labels, formatter), textWidth, changeStyle);
      stepParts.push(textLines(centre, y, changeLines, { ...changeStyle, anchor: "middle" }));
      y += textHeight(changeLines.length, changeStyle);
    }
    bottom = Math.max(bottom, y);
    parts.push(
      `<g${attributes({ class: "comparison-step", "data-step": index, "data-significant": String(test.significant) })}>${stepParts.join("")}</g>`,
    );
  });

  return svgDocument({
    width,
    height: bottom + MARGIN,
    idPrefix,
    className: "journeykit-funnel-comparison",
    title,
    description: `${subtitle.join(". ")}. ${steps.map((step) => `${step.label}: ${changeText(step[rate], labels, formatter)}`).join("; ")}.`,
    body: parts.join("\n"),
  });
}
