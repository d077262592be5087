import { withoutByteOrderMark } from "@journeykit/core/adapter";
import { Ga4CsvError } from "../errors/ga4-csv-error";

/** One line of a CSV file split into cells (RFC 4180 quoting), with the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
  /** The raw text, for lines that are not records (comments, blank lines). */
  readonly text: string;
}

/**
 * Splits CSV text into records: cells separated by commas, quoted cells may hold commas, quotes
 * (doubled) and line breaks. Lines starting with `#` are kept whole as comments (`cells` empty).
 *
 * @throws {@link Ga4CsvError} for a quote that is never closed, or text right after a closing quote.
 */
export function splitCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = withoutByteOrderMark(text);
  let index = 0;
  let line = 1;
  while (index < source.length) {
    const start = index;
    const startLine = line;
    if (source.startsWith("#", index)) {
      const end = source.indexOf("\n", index);
      const stop = end === -1 ? source.length : end;
      records.push({ line: startLine, cells: [], text: source.slice(start, stop).replace(/\r$/, "") });
      index = stop + 1;
      line += 1;
      continue;
    }
    const cells: string[] = [];
    let cell = "";
    for (;;) {
      if (source.charCodeAt(index) === 34) {
        index += 1;
        for (;;) {
          const quote = source.indexOf('"', index);
          if (quote === -1)
            throw new Ga4CsvError({ line: startLine, problem: "a quoted cell is never closed" });
          const piece = source.slice(index, quote);
          cell += piece;
          for (let at = piece.indexOf("\n"); at !== -1; at = piece.indexOf("\n", at + 1)) line += 1;
          if (source.charCodeAt(quote + 1) === 34) {
            cell += '"';
            index = quote + 2;
          } else {
            index = quote + 1;
            break;
          }
        }
        const next = source.charCodeAt(index);
        if (!(Number.isNaN(next) || next === 44 || next === 10 || next === 13)) {
          throw new Ga4CsvError({ line, problem: "there is text right after a quoted cell's closing quote" });
        }
      } else {
        let end = index;
        while (end < source.length) {
          const code = source.charCodeAt(end);
          if (code === 44 || code === 10) break;
          end += 1;
        }
        cell = source.slice(index, end).replace(/\r$/, "");
        index = end;
      }
      cells.push(cell);
      cell = "";
      const separator = source.charCodeAt(index);
      if (separator === 44) {
        index += 1;
        continue;
      }
      if (separator === 13) index += 1;
      if (source.charCodeAt(index) === 10) index += 1;
      line += 1;
      break;
    }
    const raw = source.slice(start, index).replace(/\r?\n$/, "");
    records.push({ line: startLine, cells: raw.trim() === "" ? [] : cells, text: raw });
  }
  return records;
}
