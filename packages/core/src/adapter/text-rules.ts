// How journeykit reads text, for every reader: core's own decoding (decodeText, splitLines) and
// adapters that decode bytes themselves for speed (as @journeykit/ga4 does) follow these, so that
// one file reads the same way, and warns the same way, whichever reader reads it.

/**
 * The byte order mark (U+FEFF). A reader drops it at the very start of the input, whether it
 * came as bytes or as text; anywhere else it is a character like any other.
 *
 * @example
 * ```ts
 * const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
 * ```
 */
export const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The replacement character (U+FFFD). Bytes that are not valid UTF-8 decode to it (as BigQuery
 * load jobs do), and a read that meets it warns once with {@link REPLACEMENT_CHARACTER_WARNING}.
 *
 * @example
 * ```ts
 * if (text.includes(REPLACEMENT_CHARACTER)) context.warn(REPLACEMENT_CHARACTER_WARNING);
 * ```
 */
export const REPLACEMENT_CHARACTER = "\uFFFD";

/**
 * The warning of a read whose input had {@link REPLACEMENT_CHARACTER}s (given once per read).
 *
 * @example
 * ```ts
 * report.warnings.includes(REPLACEMENT_CHARACTER_WARNING); // the file was not all UTF-8
 * ```
 */
export const REPLACEMENT_CHARACTER_WARNING =
  "The input contains U+FFFD replacement characters: bytes that are not valid UTF-8 were replaced by U+FFFD, as BigQuery load jobs do. Check the file's encoding.";

/**
 * The input's text without a leading {@link BYTE_ORDER_MARK}.
 *
 * @param text - The start of the input (or all of it).
 * @returns `text` without its first character when that is a byte order mark.
 *
 * @example
 * ```ts
 * withoutByteOrderMark("\uFEFFid,name"); // "id,name"
 * ```
 */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}
