/** Marks that belong to the character before them; a line never starts with one. */
const JOINS_PREVIOUS = /^(?:\p{M}|\u200D|\uFE0E|\uFE0F|[\u{1F3FB}-\u{1F3FF}])/u;

/** Whitespace that may break a line: every kind but the no-break spaces, which keep numbers and units together. */
const BREAKING_SPACE = /[^\S\u00A0\u2007\u202F]+/;

/** Text on one line: runs of breaking whitespace (line breaks too) become one space, ends trimmed; no-break spaces stay. */
export function collapseWhitespace(text: string): string {
  return text
    .split(BREAKING_SPACE)
    .filter((word) => word !== "")
    .join(" ");
}

/** Splits a word longer than a line into pieces of at most `width` code points, keeping marks, ZWJ sequences and modifiers with their base. */
function splitLongWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  const characters = Array.from(word);
  characters.forEach((character, index) => {
    const previous = characters[index - 1];
    const glued = JOINS_PREVIOUS.test(character) || previous === "\u200D";
    if (piece.length >= width && !glued) {
      pieces.push(piece.join(""));
      piece = [];
    }
    piece.push(character);
  });
  if (piece.length > 0) pieces.push(piece.join(""));
  return pieces;
}

/** Where a word may break without a space: after a hyphen or a slash, as in "e-post" or "and/or". */
const BREAK_AFTER = /(?<=[-\u2010/])(?=[^-\u2010/])/u;

/**
 * Wraps text into lines of at most `width` characters (code points; deterministic, no font
 * metrics), breaking at whitespace (never at a no-break space), then after a hyphen or slash
 * inside a word, and only for a word part longer than a line inside the part. Runs of whitespace
 * become one space; line breaks in the text are kept. With `maxLines`, the last line kept ends in
 * "…" when text was cut.
 */
export function wrapText(text: string, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lineWidth = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = "";
    let lineLength = 0;
    for (const word of paragraph.split(BREAKING_SPACE).filter((candidate) => candidate !== "")) {
      // Parts of one word join without a space; a new word needs one.
      word.split(BREAK_AFTER).forEach((part, partIndex) => {
        for (const [pieceIndex, piece] of splitLongWord(part, lineWidth).entries()) {
          const pieceLength = Array.from(piece).length;
          const gap = partIndex === 0 && pieceIndex === 0 ? 1 : 0;
          if (lineLength === 0) {
            line = piece;
            lineLength = pieceLength;
          } else if (lineLength + gap + pieceLength <= lineWidth) {
            line = `${line}${gap === 1 ? " " : ""}${piece}`;
            lineLength += gap + pieceLength;
          } else {
            lines.push(line);
            line = piece;
            lineLength = pieceLength;
          }
        }
      });
    }
    if (lineLength > 0) lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = Array.from(kept[kept.length - 1] ?? "");
  kept[kept.length - 1] = `${last.slice(0, Math.max(0, lineWidth - 1)).join("")}…`;
  return kept;
}
