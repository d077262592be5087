import type { JourneyEvent } from "@journeykit/core";
import {
  type AdapterContext,
  REPLACEMENT_CHARACTER,
  REPLACEMENT_CHARACTER_WARNING,
} from "@journeykit/core/adapter";
import { buildEvent } from "./build-event";
import { decodeRowReference } from "./decode-row-reference";
import { DuplicateFilter } from "./duplicate-filter";
import { exportEndWarnings } from "./export-end-warnings";
import { type ExportJunk, ExportRowSplitter, type ExportRowText } from "./export-row-splitter";
import type { Ga4ExportOptions } from "./ga4-export-options";
import type { Ga4ReadDetails } from "./ga4-read-details";
import { LineAlignedDecoder } from "./line-aligned-decoder";
import { NdjsonByteLines } from "./ndjson-byte-lines";
import { type ResolvedExportOptions, resolveExportOptions } from "./resolve-export-options";
import type { RowDecoding } from "./row-decoding";
import type { RowKeys } from "./row-keys";
import { RowScanner } from "./row-scanner";
import { SessionIdMemo } from "./session-id-memo";
import { type BufferedEvent, settleBufferedEvents } from "./settle-buffered-events";

/** The context of a read of an export: the adapter's, with its GA4 counts. */
export type ExportContext = AdapterContext<Ga4ExportOptions, Ga4ReadDetails>;

const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/**
 * The synchronous heart of the GA4 adapter: takes export bytes chunk by chunk and returns the
 * events each chunk completes (none while `order: "timestamp"` or `identity: "stitched"` holds
 * them back until `end`). Bad rows go to `context.skip`, duplicates to `context.duplicate`.
 * See `readGa4Export` for what it does with each row.
 *
 * Newline-delimited rows are read as bytes: each line is handed to the {@link RowScanner} in
 * place, and only a line it declines is decoded to text for `JSON.parse`. A JSON array (or an
 * input that starts with anything but ASCII) is decoded to text and split by
 * {@link ExportRowSplitter}, each row read by `JSON.parse`.
 */
export class ExportParser {
  readonly #context: ExportContext;
  readonly #options: ResolvedExportOptions;
  readonly #scanner: RowScanner | undefined;
  readonly #duplicates: DuplicateFilter | undefined;
  readonly #buffer: BufferedEvent[] | undefined;
  readonly #sessionIds = new SessionIdMemo();
  // Counted here as well as in the report's details, for the warnings that sum up the read.
  #consentModeRows = 0;
  #withoutLastClick = 0;
  #replacementSeen = false;
  /** `"bytes"` for newline-delimited rows, `"text"` for the rest; decided by the first non-space byte. */
  #mode: "bytes" | "text" | undefined;
  #leading: Uint8Array = new Uint8Array(0);
  readonly #lines = new NdjsonByteLines();
  readonly #decoder = new LineAlignedDecoder();
  readonly #splitter = new ExportRowSplitter();
  #events: JourneyEvent[] = [];
  /** The duplicate keys of a part's kept rows; set only when the parser reads one part of an export. */
  readonly #keys: RowKeys | undefined;

  /**
   * With `part`, the parser reads one part of a newline-delimited export (a byte range that starts
   * at a line, read by a thread of its own): it reads bytes whatever the part starts with, records
   * the duplicate key of each row it keeps in `part.keys`, and leaves the warnings that sum up the
   * whole read ({@link exportEndWarnings}) to whoever joins the parts.
   */
  constructor(context: ExportContext, part?: { readonly keys: RowKeys }) {
    this.#context = context;
    this.#keys = part?.keys;
    if (part !== undefined) {
      this.#mode = "bytes";
      context.format = "ndjson";
    }
    const options = resolveExportOptions(context.options);
    this.#options = options;
    this.#scanner = options.fastPath ? new RowScanner(options.columns) : undefined;
    this.#duplicates = options.removeDuplicates ? new DuplicateFilter() : undefined;
    this.#buffer = options.order === "timestamp" || options.identity === "stitched" ? [] : undefined;
  }

  /** Reads the next chunk of bytes; returns the events it completed. */
  push(chunk: Uint8Array): JourneyEvent[] {
    this.#events = [];
    const bytes = this.#mode === undefined ? this.#decide(chunk) : chunk;
    if (this.#mode === "bytes") this.#lines.push(bytes, this.#read, this.#line);
    else if (this.#mode === "text")
      this.#textRows(this.#splitter.push(this.#decoded(this.#decoder.push(bytes))));
    if (this.#mode === "text") this.#context.format = this.#splitter.format;
    return this.#events;
  }

  /** Ends the input; returns the last events (all of them when they were held back). */
  end(): JourneyEvent[] {
    this.#events = [];
    if (this.#mode === "bytes") {
      this.#lines.end(this.#read, this.#line);
    } else if (this.#mode === "text") {
      this.#textRows(this.#splitter.push(this.#decoded(this.#decoder.end())));
      this.#textRows(this.#splitter.end());
      this.#context.format = this.#splitter.format;
    }
    const events = this.#events;
    const context = this.#context;
    const options = this.#options;
    if (this.#splitter.unclosedArray) {
      context.warn(
        "The JSON array has no closing ]: the input may be truncated; every complete row was read.",
      );
    }
    if (this.#keys === undefined) {
      for (const warning of exportEndWarnings(
        this.#consentModeRows,
        this.#withoutLastClick,
        options.identity,
      )) {
        context.warn(warning);
      }
    }
    if (this.#buffer === undefined) return events;
    const settled = settleBufferedEvents(this.#buffer, {
      stitch: options.identity === "stitched",
      sort: options.order === "timestamp",
    });
    if (settled.ambiguousPseudoIds > 0) {
      context.warn(
        `${settled.ambiguousPseudoIds} pseudo ids were seen with more than one user_id (shared devices); their anonymous events were stitched to the user id of their earliest event.`,
      );
    }
    return settled.events;
  }

  /** How many lines of newline-delimited rows were read (blank ones too). */
  get linesRead(): number {
    return this.#lines.linesRead;
  }

  /**
   * Decides the format from the first byte that is not white space: `{` or any other ASCII byte
   * means newline-delimited rows, read as bytes; `[` (a JSON array) or a non-ASCII byte (a byte
   * order mark, say) means text. Returns the bytes to read (with any white space held before).
   */
  #decide(chunk: Uint8Array): Uint8Array {
    let first = 0;
    while (first < chunk.length && isAsciiSpace(chunk[first] as number)) first += 1;
    let bytes = chunk;
    if (this.#leading.length > 0 || first === chunk.length) {
      bytes = new Uint8Array(this.#leading.length + chunk.length);
      bytes.set(this.#leading);
      bytes.set(chunk, this.#leading.length);
    }
    if (first === chunk.length) {
      this.#leading = bytes;
      return bytes;
    }
    this.#leading = new Uint8Array(0);
    const code = chunk[first] as number;
    this.#mode = code === OPEN_BRACKET || code >= 128 || code === 11 || code === 12 ? "text" : "bytes";
    if (this.#mode === "bytes") this.#context.format = "ndjson";
    return bytes;
  }

  #decoded(text: string): string {
    if (!this.#replacementSeen && text.includes(REPLACEMENT_CHARACTER)) this.#warnReplaced();
    return text;
  }

  #warnReplaced(): void {
    this.#replacementSeen = true;
    this.#context.warn(REPLACEMENT_CHARACTER_WARNING);
  }

  /**
   * The newline-delimited row at `start`, through the scanner: returns the index of its newline,
   * or -1 when the scanner declined it (then {@link ExportParser.#line} reads it).
   */
  readonly #read = (bytes: Uint8Array, start: number, limit: number, line: number): number => {
    const scanner = this.#scanner;
    if (scanner === undefined || bytes[start] !== OPEN_BRACE) return -1;
    const decoded = scanner.scan(bytes, start, limit);
    if (decoded === undefined) return -1;
    const newline = scanner.newline;
    const end = bytes[newline - 1] === 13 ? newline - 1 : newline;
    this.#context.line = line;
    this.#context.countRow();
    this.#context.count("fastPathRows");
    if (scanner.nonAscii)
      this.#textRow(decoded, line, utf8.decode(bytes.subarray(start, end)), bytes, start, end);
    else this.#row(decoded, line, bytes, start, end);
    return newline;
  };

  /** A line the scanner declined; `bytes[newline]` is its `\n`. */
  readonly #line = (bytes: Uint8Array, start: number, newline: number, line: number): void => {
    const end = newline > start && bytes[newline - 1] === 13 ? newline - 1 : newline;
    let first = start;
    while (first < end && isAsciiSpace(bytes[first] as number)) first += 1;
    if (first === end) return; // a blank line is not a row
    const text = utf8.decode(bytes.subarray(start, end));
    if (text.trim() === "") return;
    this.#context.line = line;
    this.#context.countRow();
    this.#context.count("fallbackRows");
    this.#textRow(decodeRowReference(text, this.#options.columns), line, text, bytes, start, end);
  };

  /**
   * A row whose text is known: duplicates are recognised by its UTF-8 bytes, which are `bytes`
   * from `start` to `end` unless decoding replaced invalid bytes (then the text's own encoding,
   * so that rows decoding to the same text are duplicates, as they are for `JSON.parse`).
   */
  #textRow(decoded: RowDecoding, line: number, text: string, bytes?: Uint8Array, start = 0, end = 0): void {
    const replaced = text.includes(REPLACEMENT_CHARACTER);
    if (replaced && !this.#replacementSeen) this.#warnReplaced();
    if (bytes === undefined || replaced) {
      const encoded = encoder.encode(text);
      this.#row(decoded, line, encoded, 0, encoded.length);
    } else {
      this.#row(decoded, line, bytes, start, end);
    }
  }

  #textRows(rows: readonly (ExportRowText | ExportJunk)[]): void {
    const context = this.#context;
    for (const row of rows) {
      context.line = row.line;
      context.countRow();
      if ("junk" in row) {
        context.skip(row.line, row.junk, "GA4_NOT_A_ROW");
        continue;
      }
      context.count("fallbackRows");
      this.#textRow(decodeRowReference(row.text, this.#options.columns), row.line, row.text);
    }
  }

  /** A decoded row, whose UTF-8 bytes (for duplicates) are `bytes` from `start` to `end`. */
  #row(decoded: RowDecoding, line: number, bytes: Uint8Array, start: number, end: number): void {
    const context = this.#context;
    const options = this.#options;
    if ("problem" in decoded) {
      context.skip(line, decoded.problem.reason, decoded.problem.code);
      return;
    }
    const outcome = buildEvent(decoded.fields, decoded.params, options, this.#sessionIds);
    if (outcome.kind === "problem") {
      context.skip(line, outcome.problem.reason, outcome.problem.code);
      return;
    }
    if (outcome.kind === "consent") {
      this.#consentModeRows += 1;
      context.count("consentModeRows");
      return;
    }
    // Counted before duplicates are dropped, as rowsRead is: a duplicate that only a later part
    // of a threaded read recognises has been counted by then, and the totals must not depend on
    // where the parts were cut.
    if (options.trafficSource === "session" && decoded.fields.sessionTrafficSourceLastClick == null) {
      this.#withoutLastClick += 1;
      context.count("rowsWithoutLastClick");
    }
    const duplicates = this.#duplicates;
    if (duplicates !== undefined) {
      if (duplicates.seen(bytes, start, end, outcome.event.timestamp)) {
        context.duplicate();
        return;
      }
      this.#keys?.push(duplicates.lastHashA, duplicates.lastHashB, end - start);
    }
    if (this.#buffer === undefined) this.#events.push(outcome.event);
    else this.#buffer.push(outcome);
  }
}
