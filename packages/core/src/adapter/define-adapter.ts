import { AdapterAbortError } from "../errors/adapter-abort-error";
import { ADAPTER_FAILURE, AdapterReadError } from "../errors/adapter-read-error";
import { JourneykitError } from "../errors/journeykit-error";
import type { JourneyEvent } from "../model/journey-event";
import { createAbortGuard } from "./abort-guard";
import { checkReadOptions } from "./check-read-options";
import { decodeText } from "./decode-text";
import { encodeBytes } from "./encode-bytes";
import type { AdapterInput, AdapterReadStream, JourneyAdapterV1 } from "./journey-adapter";
import { readInput } from "./read-input";
import type { ReadOptions } from "./read-options";
import type { ReadReport } from "./read-report";
import { CallerCallbackFailure, createReadState, type ReadState } from "./read-state";
import { splitLines } from "./split-lines";

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
export interface AdapterContext<Options extends object = object> {
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
  skip(line: number, reason: string, code?: string): void;
  /** Counts `count` (default 1) duplicate records dropped. */
  duplicate(count?: number): void;
  /** Adds a warning to the report: something the caller should know that did not stop the read. */
  warn(message: string): void;
}

/**
 * What a plugin author writes to make a {@link JourneyAdapterV1} with {@link defineAdapter}: the id,
 * the formats, which kind of `source` to receive, and `parse`, an async generator that turns that
 * source into events.
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
> {
  /** A stable, unique name such as `"csv"`. */
  readonly id: string;
  /** The formats the adapter reads. */
  readonly formats: readonly string[];
  /** What `parse` receives: `"lines"` (the default), `"text"` or `"bytes"`; see {@link AdapterSourceUnits}. */
  readonly source?: Source;
  /**
   * Turns the source into events. Report a bad record with `context.skip` (it decides, from the
   * caller's `onError`, whether to throw). For a problem that makes the whole input unreadable,
   * such as a header without a required column, throw an `AdapterReadError` with a `fix`. Any
   * other error it throws ends the read as an `AdapterReadError` with reason code
   * `"ADAPTER_FAILURE"`, a bug in the adapter.
   */
  parse(
    source: AsyncIterable<AdapterSourceUnits[Source]>,
    context: AdapterContext<Options>,
  ): AsyncIterable<JourneyEvent>;
}

function definitionProblem(definition: unknown): string | undefined {
  if (definition === null || typeof definition !== "object") return "the definition must be an object";
  const { id, formats, source, parse } = definition as Record<string, unknown>;
  if (typeof id !== "string" || id === "") return "id must be a non-empty string";
  if (!Array.isArray(formats) || !formats.every((format) => typeof format === "string")) {
    return "formats must be an array of strings";
  }
  if (source !== undefined && source !== "lines" && source !== "text" && source !== "bytes") {
    return `source must be "lines", "text" or "bytes", not ${JSON.stringify(source)}`;
  }
  if (typeof parse !== "function") return "parse must be an async generator function";
  return undefined;
}

function eventProblem(event: unknown): string | undefined {
  if (event === null || typeof event !== "object")
    return `the adapter emitted ${String(event)} instead of an event`;
  const { customerId, timestamp, name, value } = event as Record<string, unknown>;
  if (typeof customerId !== "string" || customerId === "") return "the event has no customerId";
  if (typeof timestamp !== "number" || !Number.isFinite(timestamp)) {
    return `the event's timestamp is not a finite number (${String(timestamp)})`;
  }
  if (typeof name !== "string" || name === "") return "the event has no name";
  if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) {
    return `the event's value is not a finite number (${String(value)})`;
  }
  return undefined;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function sourceFor(
  kind: AdapterSourceKind,
  chunks: AsyncIterable<Uint8Array | string>,
  state: ReadState,
  context: AdapterContext,
): AsyncIterable<string | Uint8Array> {
  if (kind === "bytes") return encodeBytes(chunks, state.addBytes);
  const text = decodeText(chunks, {
    addBytes: state.addBytes,
    replacementCharacter: () =>
      state.warn(
        "The input contains U+FFFD replacement characters: bytes that are not valid UTF-8 were replaced by U+FFFD, as BigQuery load jobs do. Check the file's encoding.",
      ),
  });
  return kind === "lines" ? splitLines(text, context) : text;
}

/** Gives the caller the error they should see: theirs unchanged, ours as is, any other wrapped. */
function failureOf(error: unknown, adapter: string, context: AdapterContext): unknown {
  if (error instanceof CallerCallbackFailure) return error.error;
  if (JourneykitError.isInstance(error)) return error;
  return new AdapterReadError({
    adapter,
    line: context.line,
    reason: `the adapter threw ${describeError(error)}`,
    reasonCode: ADAPTER_FAILURE,
    cause: error,
  });
}

async function* runRead<Options extends object, Source extends AdapterSourceKind>(
  definition: AdapterDefinition<Options, Source>,
  input: AdapterInput,
  rawOptions: unknown,
  settle: { resolve(report: ReadReport): void; reject(error: unknown): void },
): AsyncGenerator<JourneyEvent> {
  const { id } = definition;
  let options: ReadOptions;
  try {
    options = checkReadOptions(id, rawOptions);
  } catch (error) {
    settle.reject(error);
    throw error;
  }
  const state = createReadState(id, options);
  const context: AdapterContext<Options> = {
    adapter: id,
    options: options as ReadOptions & Partial<Options>,
    line: 0,
    get format() {
      return state.format;
    },
    set format(format) {
      state.format = format;
    },
    countRow: state.countRow,
    skip: state.skip,
    duplicate: state.duplicate,
    warn: state.warn,
  };
  const guard = createAbortGuard(
    options.signal,
    () => new AdapterAbortError(state.snapshot(), options.signal?.reason),
  );
  let outcome: "running" | "finished" | "failed" = "running";
  try {
    const chunks = readInput(id, input, guard);
    const source = sourceFor(definition.source ?? "lines", chunks, state, context as AdapterContext);
    const events = definition.parse(source as AsyncIterable<AdapterSourceUnits[Source]>, context);
    for await (const event of events) {
      guard.check();
      const problem = eventProblem(event);
      if (problem !== undefined) {
        state.skip(context.line, problem, "INVALID_EVENT");
        continue;
      }
      state.countEvent();
      yield event;
    }
    state.progress();
    outcome = "finished";
    settle.resolve(state.snapshot());
  } catch (error) {
    outcome = "failed";
    const failure = failureOf(error, id, context as AdapterContext);
    settle.reject(failure);
    throw failure;
  } finally {
    guard.dispose();
    if (outcome === "running") {
      state.warn(
        `The consumer stopped reading after ${state.snapshot().eventsEmitted} events; the input was not read to the end.`,
      );
      settle.resolve(state.snapshot());
    }
  }
}

/**
 * Makes a {@link JourneyAdapterV1} from the format-specific part alone.
 *
 * `defineAdapter` takes care of everything else the contract asks: every {@link AdapterInput}
 * (strings, bytes, web streams, Node streams, async iterables) is turned into the `source` the
 * definition asks for (UTF-8 decoded across chunk boundaries, a byte order mark dropped, lines split
 * at `\n` or `\r\n`); `onError` and `maxBadRecords` decide what `context.skip` does; an aborted
 * `signal` stops the read at once, even while it waits for input; `onProgress` hears each chunk;
 * each event is checked (a `customerId`, a `name`, a finite `timestamp` and `value`) and a bad one
 * is treated as a bad record (`"INVALID_EVENT"`); the {@link ReadReport} is built; any unexpected
 * error from `parse` becomes a typed `AdapterReadError`.
 *
 * @param definition - The adapter's id, formats, source kind and `parse` generator.
 * @returns The adapter.
 * @throws {@link JourneykitError} with code `"ADAPTER_DEFINITION"` when the definition is malformed.
 *
 * @example
 * ```ts
 * import { defineAdapter, readAll } from "@journeykit/core";
 *
 * // One event per line: "customer,epoch-ms,event".
 * const tinyAdapter = defineAdapter({
 *   id: "tiny",
 *   formats: ["tiny"],
 *   async *parse(lines, context) {
 *     for await (const line of lines) {
 *       if (line === "") continue;
 *       context.countRow();
 *       const [customerId = "", time = "", name = ""] = line.split(",");
 *       const timestamp = Number(time);
 *       if (!customerId || !name || !Number.isFinite(timestamp)) {
 *         context.skip(context.line, `expected "customer,epoch-ms,event", got ${JSON.stringify(line)}`, "TINY_BAD_LINE");
 *         continue;
 *       }
 *       yield { customerId, timestamp, name };
 *     }
 *   },
 * });
 *
 * const { events, report } = await readAll(tinyAdapter, "c-1,1700000000000,signup\noops\n", { onError: "skip" });
 * events; // [{ customerId: "c-1", timestamp: 1700000000000, name: "signup" }]
 * report.skipped; // [{ line: 2, reason: 'expected "customer,epoch-ms,event", got "oops"', code: "TINY_BAD_LINE" }]
 * ```
 */
export function defineAdapter<Options extends object = object, Source extends AdapterSourceKind = "lines">(
  definition: AdapterDefinition<Options, Source>,
): JourneyAdapterV1<Options> {
  const problem = definitionProblem(definition);
  if (problem !== undefined) {
    throw new JourneykitError({
      code: "ADAPTER_DEFINITION",
      message: `defineAdapter() got a malformed adapter definition: ${problem}.`,
    });
  }
  return Object.freeze({
    specificationVersion: "v1" as const,
    id: definition.id,
    formats: Object.freeze([...definition.formats]),
    read(input: AdapterInput, options?: ReadOptions & Options): AdapterReadStream {
      let resolve: (report: ReadReport) => void = () => {};
      let reject: (error: unknown) => void = () => {};
      const report = new Promise<ReadReport>((onResolve, onReject) => {
        resolve = onResolve;
        reject = onReject;
      });
      // A caller who only iterates must not get an unhandled rejection from the report as well.
      report.catch(() => {});
      let started = false;
      return {
        report,
        [Symbol.asyncIterator]() {
          if (started) {
            throw new JourneykitError({
              code: "ADAPTER_STREAM_CONSUMED",
              message: `This read of the ${definition.id} adapter has already been iterated; call read() again for a new one.`,
            });
          }
          started = true;
          return runRead(definition, input, options, { resolve, reject });
        },
      };
    },
  });
}
