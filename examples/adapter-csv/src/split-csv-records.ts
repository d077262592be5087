/**
 * One CSV record: its fields, the line it starts on, and what is wrong with it, if anything.
 *
 * @example
 * ```ts
 * const record: CsvRecord = { fields: ["c-1", "2024-01-01", "signup"], line: 2 };
 * ```
 */
export interface CsvRecord {
  /** The fields, unquoted (`""` inside quotes read as `"`). */
  readonly fields: string[];
  /** The 1-based line the record starts on. */
  readonly line: number;
  /** Set when the record breaks RFC 4180's quoting rules. */
  readonly problem?: { readonly reason: string; readonly code: string };
}

const QUOTE = '"';

/**
 * Groups lines into CSV records as RFC 4180 describes them: fields separated by `delimiter`; a
 * field in double quotes may hold the delimiter, line breaks (read as `\n`) and quotes written
 * twice (`""`). Blank lines between records are skipped. A quote inside an unquoted field, text
 * after a closing quote, or a quote still open at the end of the input make the record bad
 * (`problem`), never a thrown error.
 *
 * @param lines - The input's lines, as `defineAdapter`'s `"lines"` source gives them.
 * @param position - Where the line count lives (the adapter context); read for each record's start.
 * @param delimiter - The field separator, one character.
 * @param onBlankLine - Called for each blank line between records (one inside a quoted field is
 * part of the field), for an adapter that counts them.
 *
 * @example
 * ```ts
 * // Lines 'a,"b' and 'c",d' make one record: ["a", "b\nc", "d"], starting on line 1.
 * for await (const record of splitCsvRecords(lines, context, ",")) console.log(record.fields);
 * ```
 */
export async function* splitCsvRecords(
  lines: AsyncIterable<string>,
  position: { readonly line: number },
  delimiter: string,
  onBlankLine?: () => void,
): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  let start = 0;
  let problem: CsvRecord["problem"];

  for await (const line of lines) {
    if (quoted) field += "\n";
    else {
      if (line === "") {
        onBlankLine?.();
        continue;
      }
      start = position.line;
      if (!line.includes(QUOTE)) {
        yield { fields: line.split(delimiter), line: start };
        continue;
      }
      fields = [];
      field = "";
      afterQuote = false;
      problem = undefined;
    }
    for (let index = 0; index < line.length; index++) {
      const character = line[index] as string;
      if (quoted) {
        if (character !== QUOTE) field += character;
        else if (line[index + 1] === QUOTE) {
          field += QUOTE;
          index++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else if (character === delimiter) {
        fields.push(field);
        field = "";
        afterQuote = false;
      } else if (character === QUOTE && field === "" && !afterQuote) {
        quoted = true;
      } else {
        if (problem === undefined && (afterQuote || character === QUOTE)) {
          problem = afterQuote
            ? {
                reason: `text after the closing quote of field ${fields.length + 1}`,
                code: "CSV_TEXT_AFTER_QUOTE",
              }
            : {
                reason: `a quote inside unquoted field ${fields.length + 1}; quote the whole field`,
                code: "CSV_STRAY_QUOTE",
              };
        }
        field += character;
      }
    }
    if (!quoted) {
      fields.push(field);
      yield problem === undefined ? { fields, line: start } : { fields, line: start, problem };
    }
  }
  if (quoted) {
    yield {
      fields: [...fields, field],
      line: start,
      problem: {
        reason: "a quoted field is never closed before the end of the input",
        code: "CSV_UNCLOSED_QUOTE",
      },
    };
  }
}
