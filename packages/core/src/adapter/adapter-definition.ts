import type * as z from "zod";
import type { EventLogBatch } from "../event-log/event-log-batch";
import type { JourneyEvent } from "../model/journey-event";
import type { ReadOptions } from "./read-options";
import type { ReadDetails } from "./read-report";

/**
 * What an adapter's `parse` receives for each kind of `source`: `"lines"` gives one decoded line at
 * a time (without its `\n` or `\r\n`), `"text"` gives decoded text in chunks of any size, `"bytes"`
 * gives the raw UTF-8 bytes in chunks of any size (for byte scanners).
 *
 * @example
 * ```ts
 * type LineUnit = AdapterSourceUnits["lines"]; // string
 * type ByteUnit = AdapterSourceUnits["bytes"]; // Uint8Array
 * ```
 */
export interface AdapterSourceUnits {
  /** One line of text. */
  lines: string;
  /** A chunk of text; chunk boundaries fall anywhere between characters. */
  text: string;
  /** A chunk of bytes; chunk boundaries fall anywhere, even inside a character. */
  bytes: Uint8Array;
}

/**
 * The kinds of source {@link defineAdapter} can hand to `parse`: `"lines"`, `"text"` or `"bytes"`.
 *
 * @example
 * ```ts
 * const kind: AdapterSourceKind = "lines";
 * ```
 */
export type AdapterSourceKind = keyof AdapterSourceUnits;

/**
 * What an adapter's `parse` uses to talk to the read: where it is, and what it counted.
 *
 * @example
 * ```ts
 * async function* parse(lines: AsyncIterable<string>, context: AdapterContext) {
 *   for await (const line of lines) {
 *     context.countRow();
 *     const [customerId, time, name] = line.split(",");
 *     const timestamp = Date.parse(time ?? "");
 *     if (!customerId || !name || Number.isNaN(timestamp)) {
 *       context.skip(context.line, `expected "customer,time,event", got ${JSON.stringify(line)}`, "BAD_ROW");
 *       continue;
 *     }
 *     yield { customerId, timestamp, name };
 *   }
 * }
 * ```
 */
export interface AdapterContext<Options extends object = object, Details extends ReadDetails = ReadDetails> {
  /** The adapter's id. */
  readonly adapter: string;
  /** The options of this read, as the caller passed them (already checked). */
  readonly options: ReadOptions & Partial<Options>;
  /**
   * The 1-based number of the current line. With the `"lines"` source it is the line last handed
   * to `parse`; with `"text"` and `"bytes"` the adapter may keep it up to date itself, so that
   * errors thrown from its code point at a line. 0 means unknown.
   */
  line: number;
  /** The format being read, when the adapter detects it (for example `"ndjson"`); goes to the report. */
  format: string | undefined;
  /** Counts `count` (default 1) records read, good or bad; a header row is not a record. */
  countRow(count?: number): void;
  /**
   * Reports a bad record at `line` (1-based, 0 if unknown) and why, with a stable `code`
   * (default `"BAD_RECORD"`). Under `onError: "throw"` this throws an `AdapterReadError`; under
   * `"skip"` it counts the record and returns, unless that is more than `maxBadRecords`, when it
   * throws a `TooManyBadRecordsError`. Either way, let the error propagate.
   */
  skip(line: number, problem: string, code?: string): void;
  /** Counts `count` (default 1) duplicate records dropped. */
  duplicate(count?: number): void;
  /** Adds a warning to the report: something the caller should know that did not stop the read. */
  warn(message: string): void;
  /**
   * Adds `count` (default 1) to one of the adapter's own counts, declared with their starting
   * values in {@link AdapterDefinition.details}; they reach the report as `details`.
   */
  count(detail: keyof Details & string, count?: number): void;
}

/**
 * What a plugin author writes to make a {@link JourneyAdapterV1} with {@link defineAdapter}: the id,
 * the formats, which kind of `source` to receive, and the parser: `parse`, an async generator of
 * events, or `parseBatches`, an async generator of columnar {@link EventLogBatch}es (the faster
 * way for a large input: no object per event), or both.
 *
 * With `parseBatches` alone, the adapter's `read()` yields the events of each batch, so every
 * consumer of the contract can use it; with `parse` alone, the adapter has no `readBatches`, and
 * `readLog` builds the log from its events.
 *
 * @example
 * ```ts
 * const definition: AdapterDefinition = {
 *   id: "names",
 *   formats: ["txt"],
 *   async *parse(lines, context) {
 *     for await (const line of lines) {
 *       context.countRow();
 *       yield { customerId: "c-1", timestamp: context.line, name: line };
 *     }
 *   },
 * };
 * ```
 */
export interface AdapterDefinition<
  Options extends object = object,
  Source extends AdapterSourceKind = "lines",
  Details extends ReadDetails = ReadDetails,
> {
  /** A stable, unique name such as `"csv"`. */
  readonly id: string;
  /** The formats the adapter reads. */
  readonly formats: readonly string[];
  /** What the parser receives: `"lines"` (the default), `"text"` or `"bytes"`; see {@link AdapterSourceUnits}. */
  readonly source?: Source;
  /**
   * The adapter's own counts, at their starting values (usually 0), such as
   * `{ consentModeRows: 0 }`; `parse` adds to them with `context.count`, and each read's report
   * has them as `details`. None by default.
   */
  readonly details?: Details;
  /**
   * The adapter's own options (without the common read options) as a strict zod object schema.
   * With it, `read` and `readBatches` check the options when they are called, before any input
   * is read, and a misspelt option is an `InvalidOptionError` naming it; without it, keys beyond
   * the read options are not checked, so declare one whenever the adapter has options.
   */
  readonly optionsSchema?: z.ZodType;
  /**
   * Turns the source into events. Report a bad record with `context.skip` (it decides, from the
   * caller's `onError`, whether to throw). For a problem that makes the whole input unreadable,
   * such as a header without a required column, throw an `AdapterReadError` with a `fix`. Any
   * other error it throws ends the read as an `AdapterReadError` with problem code
   * `"ADAPTER_FAILURE"`, a bug in the adapter.
   */
  readonly parse?: (
    source: AsyncIterable<AdapterSourceUnits[Source]>,
    context: AdapterContext<Options, Details>,
  ) => AsyncIterable<JourneyEvent>;
  /**
   * Turns the source into batches of events in columns, in input order, as an
   * {@link index!EventLogBuilder} makes them (`toBatch()`), with bad records reported through
   * `context.skip` as in `parse`. Each batch is checked before it is passed on; a malformed one
   * is a bug in the adapter and ends the read as an `AdapterReadError` with problem code
   * `"ADAPTER_FAILURE"`.
   */
  readonly parseBatches?: (
    source: AsyncIterable<AdapterSourceUnits[Source]>,
    context: AdapterContext<Options, Details>,
  ) => AsyncIterable<EventLogBatch>;
}
