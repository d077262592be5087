import type { Labels } from "../locale/labels";
import { NEUTRAL, OKABE_ITO, TINT } from "../svg/palette";
import { charactersFitting, element, textLines } from "../svg/svg";
import { marker, statusSymbol } from "./markers";

/** The legend's height. */
export const LEGEND_HEIGHT = 22;

const LEGEND_TEXT = { size: 9.5, fill: NEUTRAL.mutedText } as const;

/** The width text in the legend's style takes, by the same estimate that wraps text. */
function estimatedWidth(text: string): number {
  return (Array.from(text).length / charactersFitting(100, LEGEND_TEXT.size)) * 100;
}

/** One row explaining every shape and style the map uses, laid out left to right from `x`. */
export function legend(x: number, y: number, labels: Labels): string {
  const swatch = (kind: "digital" | "physical", left: number) =>
    element("rect", {
      x: left,
      y: y + 2,
      width: 16,
      height: 11,
      rx: 2,
      fill: kind === "digital" ? TINT.blue : TINT.orange,
      stroke: kind === "digital" ? OKABE_ITO.blue : OKABE_ITO.orange,
      "stroke-width": 1.2,
      "stroke-dasharray": kind === "digital" ? undefined : "4 2.5",
    });
  const entries: { symbol: (left: number) => string; text: string }[] = [
    { symbol: (left) => swatch("digital", left), text: labels.digital },
    { symbol: (left) => swatch("physical", left), text: labels.physical },
    { symbol: (left) => marker("pain", left + 8, y + 8), text: labels.painPoints },
    { symbol: (left) => marker("opportunity", left + 8, y + 8), text: labels.opportunities },
    { symbol: (left) => statusSymbol("on-target", left + 8, y + 8), text: labels.onTarget },
    { symbol: (left) => statusSymbol("off-target", left + 8, y + 8), text: labels.offTarget },
    { symbol: (left) => statusSymbol("unclear", left + 8, y + 8), text: labels.unclear },
  ];
  const parts = [textLines(x, y + 1, [`${labels.legend}:`], { ...LEGEND_TEXT, weight: "bold" })];
  let left = x + estimatedWidth(`${labels.legend}:`) + 10;
  for (const entry of entries) {
    parts.push(entry.symbol(left), textLines(left + 21, y + 1, [entry.text], LEGEND_TEXT));
    left += 21 + estimatedWidth(entry.text) + 16;
  }
  return parts.join("");
}
