import { NEUTRAL } from "./palette";
import { textHeight, textLines, wrapToWidth } from "./svg";

const TITLE = { size: 18, weight: "bold" } as const;
const SUBTITLE = { size: 11, fill: NEUTRAL.mutedText } as const;

/** A chart's title and subtitle lines at (x, y), wrapped to `width`; returns the markup and the y below it. */
export function heading(
  x: number,
  y: number,
  width: number,
  title: string,
  subtitles: readonly string[],
  titleSize: number = TITLE.size,
): { svg: string; bottom: number } {
  const titleStyle = { ...TITLE, size: titleSize };
  const titleLines = wrapToWidth(title, width, titleStyle);
  const subtitleLines = subtitles.flatMap((line) => wrapToWidth(line, width, SUBTITLE));
  const subtitleTop = y + textHeight(titleLines.length, titleStyle) + 2;
  return {
    svg: textLines(x, y, titleLines, titleStyle) + textLines(x, subtitleTop, subtitleLines, SUBTITLE),
    bottom: subtitleTop + textHeight(subtitleLines.length, SUBTITLE),
  };
}
