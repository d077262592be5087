import { InvalidOptionError } from "@journeykit/core";
import { escapeXml } from "./escape-xml";
import { NEUTRAL } from "./palette";
import { wrapText } from "./wrap-text";

/** System fonts only: the output must render without loading anything. */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Roughly the average advance of a sans-serif character, as a share of the font size. */
const AVERAGE_CHARACTER_WIDTH = 0.56;

/** How many characters of text at `fontSize` fit in `width` units. */
export function charactersFitting(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * AVERAGE_CHARACTER_WIDTH)));
}

/** Rounds a coordinate to two decimals, so output is short and identical across platforms. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

type AttributeValue = string | number | undefined;

/** Writes `name="value"` pairs, escaping values and leaving out undefined ones. */
export function attributes(values: Readonly<Record<string, AttributeValue>>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === "number" ? round(value) : escapeXml(value)}"`)
    .join("");
}

/** An element with escaped attributes and already-built content (or none). */
export function element(
  name: string,
  values: Readonly<Record<string, AttributeValue>>,
  content?: string,
): string {
  return content === undefined
    ? `<${name}${attributes(values)}/>`
    : `<${name}${attributes(values)}>${content}</${name}>`;
}

/** How a block of text is set. */
export interface TextStyle {
  readonly size: number;
  readonly weight?: "normal" | "bold";
  readonly fill?: string;
  readonly anchor?: "start" | "middle" | "end";
  readonly italic?: boolean;
  /** Line height as a multiple of the size; 1.25 when left out. */
  readonly leading?: number;
  /** A white outline behind the letters, for text drawn over coloured shapes. */
  readonly halo?: boolean;
}

/** The height taken by `lineCount` lines of text in `style`. */
export function textHeight(lineCount: number, style: TextStyle): number {
  return lineCount * style.size * (style.leading ?? 1.25);
}

/**
 * One `<text>` element holding `lines` as `<tspan>`s; `y` is the top of the block. Text is
 * always real text, so it can be selected, searched and read by screen readers.
 */
export function textLines(x: number, y: number, lines: readonly string[], style: TextStyle): string {
  if (lines.length === 0) return "";
  const lineHeight = style.size * (style.leading ?? 1.25);
  const spans = lines
    .map((line, index) => element("tspan", { x, dy: index === 0 ? 0 : lineHeight }, escapeXml(line)))
    .join("");
  return element(
    "text",
    {
      x,
      y: y + style.size * 0.95,
      "font-size": style.size,
      "font-weight": style.weight === "bold" ? "bold" : undefined,
      "font-style": style.italic ? "italic" : undefined,
      fill: style.fill ?? NEUTRAL.text,
      "text-anchor": style.anchor === undefined || style.anchor === "start" ? undefined : style.anchor,
      stroke: style.halo ? NEUTRAL.background : undefined,
      "stroke-width": style.halo ? 3 : undefined,
      "stroke-linejoin": style.halo ? "round" : undefined,
      "paint-order": style.halo ? "stroke" : undefined,
    },
    spans,
  );
}

/** Text wrapped to `width`, as lines; pair with {@link textLines}. */
export function wrapToWidth(text: string, width: number, style: TextStyle, maxLines?: number): string[] {
  return wrapText(text, charactersFitting(width, style.size), maxLines);
}

const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Checks an `idPrefix` option: ids of several SVGs in one HTML page must not collide. */
export function checkIdPrefix(idPrefix: string): string {
  if (!ID_PREFIX.test(idPrefix)) {
    throw new InvalidOptionError({
      option: "idPrefix",
      problem: `${JSON.stringify(idPrefix)} is not a usable id prefix; start with a letter and use letters, digits, "_" or "-"`,
    });
  }
  return idPrefix;
}

/** What every SVG document of this package carries. */
export interface SvgDocument {
  readonly width: number;
  readonly height: number;
  readonly idPrefix: string;
  readonly title: string;
  readonly description: string;
  readonly body: string;
  /** A class on the root element, so pages and tests can find the chart. */
  readonly className: string;
}

/**
 * A standalone, accessible SVG document: `role="img"` labelled by its `<title>` and `<desc>`,
 * a white background, and system fonts.
 */
export function svgDocument(document: SvgDocument): string {
  const titleId = `${document.idPrefix}-title`;
  const descriptionId = `${document.idPrefix}-desc`;
  const open = `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
    viewBox: `0 0 ${round(document.width)} ${round(document.height)}`,
    width: document.width,
    height: document.height,
    role: "img",
    "aria-labelledby": `${titleId} ${descriptionId}`,
    class: document.className,
    "font-family": FONT_FAMILY,
  })}>`;
  return [
    open,
    element("title", { id: titleId }, escapeXml(document.title)),
    element("desc", { id: descriptionId }, escapeXml(document.description)),
    element("rect", { width: document.width, height: document.height, fill: NEUTRAL.background }),
    document.body,
    "</svg>",
  ].join("\n");
}
