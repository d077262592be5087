/** One row of an export as text, with the 1-based line it starts on. */
export interface ExportRowText {
  readonly text: string;
  readonly line: number;
}

/** A stretch of the input that is not a row, with where it starts and what is wrong with it. */
export interface ExportJunk {
  readonly junk: string;
  readonly line: number;
}

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

function isSpace(code: number): boolean {
  return code === 32 || code === NEWLINE || code === CARRIAGE_RETURN || code === 9;
}

/**
 * Splits the text of a BigQuery export, chunk by chunk, into rows: lines of newline-delimited
 * JSON (the format of BigQuery's export jobs), or the elements of one JSON array (the format of
 * the BigQuery console's "download as JSON"). The format is decided by the first character that
 * is not white space: `[` means an array.
 *
 * Memory is bounded by the longest row, not by the input. Blank lines are not rows. In an array,
 * an element ends at the comma or `]` after its brackets balance, so a missing comma makes one bad
 * row rather than a misaligned read; anything after the closing `]` is junk.
 */
export class ExportRowSplitter {
  format: "ndjson" | "json-array" | undefined;
  /** Set when the input ended inside an array: the closing `]` never came. */
  unclosedArray = false;
  #leading = "";
  #pending = "";
  #pendingLine = 1;
  #line = 1;
  // JSON-array state, kept across chunks.
  #depth = 0;
  #inString = false;
  #escaped = false;
  #state: "before" | "between" | "element" | "after" = "before";
  #junkReported = false;

  /** Splits the next chunk; returns the rows (and junk) it completed. */
  push(chunk: string): (ExportRowText | ExportJunk)[] {
    let text = chunk;
    if (this.format === undefined) {
      text = this.#leading + chunk;
      const first = text.search(/\S/);
      if (first === -1) {
        this.#leading = text;
        return [];
      }
      this.#leading = "";
      this.format = text.charCodeAt(first) === OPEN_BRACKET ? "json-array" : "ndjson";
    }
    return this.format === "ndjson" ? this.#lines(text) : this.#elements(text);
  }

  /** Ends the input; returns the last row, if one was pending. */
  end(): (ExportRowText | ExportJunk)[] {
    if (this.format === "ndjson") {
      const last = this.#pending;
      this.#pending = "";
      return last.trim() === "" ? [] : [{ text: last, line: this.#line }];
    }
    if (this.format === "json-array") {
      const rows: (ExportRowText | ExportJunk)[] = [];
      if (this.#state === "element" && this.#pending.trim() !== "") {
        rows.push({ text: this.#pending, line: this.#pendingLine });
      }
      if (this.#state !== "after") this.unclosedArray = true;
      this.#pending = "";
      return rows;
    }
    return [];
  }

  #lines(chunk: string): ExportRowText[] {
    const rows: ExportRowText[] = [];
    let start = 0;
    let end = chunk.indexOf("\n");
    while (end !== -1) {
      const piece = chunk.slice(start, end);
      let text = this.#pending === "" ? piece : this.#pending + piece;
      this.#pending = "";
      if (text.charCodeAt(text.length - 1) === CARRIAGE_RETURN) text = text.slice(0, -1);
      if (text.trim() !== "") rows.push({ text, line: this.#line });
      this.#line += 1;
      start = end + 1;
      end = chunk.indexOf("\n", start);
    }
    if (start < chunk.length) this.#pending += chunk.slice(start);
    return rows;
  }

  #elements(chunk: string): (ExportRowText | ExportJunk)[] {
    // The pending part of an element was scanned already; carry on after it.
    const carried = this.#pending.length;
    const text = this.#pending + chunk;
    this.#pending = "";
    const rows: (ExportRowText | ExportJunk)[] = [];
    let elementStart = this.#state === "element" ? 0 : -1;
    for (let index = carried; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (this.#state === "element") {
        if (this.#inString) {
          if (this.#escaped) this.#escaped = false;
          else if (code === BACKSLASH) this.#escaped = true;
          else if (code === QUOTE) this.#inString = false;
        } else if (code === QUOTE) {
          this.#inString = true;
        } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
          this.#depth += 1;
        } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && this.#depth > 0) {
          this.#depth -= 1;
        } else if (this.#depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
          // Without the white space before the comma, so that a row's text (and so whether it is a
          // duplicate) does not depend on where it stands in the array.
          rows.push({ text: text.slice(elementStart, index).trimEnd(), line: this.#pendingLine });
          this.#state = code === COMMA ? "between" : "after";
        }
      } else if (this.#state === "before") {
        if (code === OPEN_BRACKET) this.#state = "between";
      } else if (this.#state === "between") {
        if (code === CLOSE_BRACKET) {
          this.#state = "after";
        } else if (code !== COMMA && !isSpace(code)) {
          this.#state = "element";
          this.#depth = 0;
          this.#inString = false;
          this.#escaped = false;
          elementStart = index;
          this.#pendingLine = this.#line;
          index -= 1; // read this character again as part of the element
          continue;
        }
      } else if (!isSpace(code) && !this.#junkReported) {
        this.#junkReported = true;
        rows.push({ junk: "there is more after the JSON array's closing ]", line: this.#line });
      }
      if (code === NEWLINE) this.#line += 1;
    }
    if (this.#state === "element") this.#pending = text.slice(elementStart);
    return rows;
  }
}
