import type { EventLogBatch } from "../event-log/event-log-batch";
import type { JourneyEvent } from "../model/journey-event";
import type { ReadOptions } from "./read-options";
import type { ReadDetails, ReadReport } from "./read-report";

/**
 * What an adapter reads: a whole string, a whole byte array, a web `ReadableStream` of bytes, or
 * any async iterable of byte or string chunks. A Node `Readable` (file, HTTP body, stdin) is an
 * async iterable of `Buffer`s, which are `Uint8Array`s, so it can be passed as it is.
 *
 * Bytes are decoded as UTF-8; chunk boundaries may fall anywhere, even inside a character.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 *
 * const fromText: AdapterInput = "customer,time,event\nc-1,2024-01-01T10:00:00Z,signup\n";
 * const fromBytes: AdapterInput = new TextEncoder().encode(fromText);
 * const fromWeb: AdapterInput = (await fetch("https://example.com/events.csv")).body!;
 * const fromFile: AdapterInput = createReadStream("events.csv");
 * ```
 */
export type AdapterInput =
  | string
  | Uint8Array
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

/**
 * The events of one read, as an async iterable, plus the `report` that describes the read.
 *
 * Reading starts when iteration starts; a stream can be iterated once. `report` resolves when the
 * last event has been read, and rejects with the same typed error as the iteration when the read
 * fails. If the consumer stops early (`break`), `report` resolves with what was read so far and a
 * warning saying so.
 *
 * @example
 * ```ts
 * const stream = csvAdapter.read(text, { onError: "skip" });
 * for await (const event of stream) console.log(event.name);
 * const report = await stream.report;
 * report.rowsSkipped; // 0
 * ```
 */
export type AdapterReadStream<Details extends ReadDetails = ReadDetails> = AsyncIterable<JourneyEvent> & {
  /** Resolves with the {@link ReadReport} once reading ends; rejects when the read fails. */
  readonly report: Promise<ReadReport<Details>>;
};

/**
 * The events of one read as columnar {@link EventLogBatch}es in input order, plus the `report`:
 * what {@link JourneyAdapterV1.readBatches} returns. It behaves as an {@link AdapterReadStream}
 * does (one iteration, `report` settles when reading ends); each batch has been checked.
 *
 * @example
 * ```ts
 * const stream = csvAdapter.readBatches!(text);
 * let events = 0;
 * for await (const batch of stream) events += batch.size;
 * (await stream.report).eventsEmitted === events; // true
 * ```
 */
export type AdapterBatchStream<Details extends ReadDetails = ReadDetails> = AsyncIterable<EventLogBatch> & {
  /** Resolves with the {@link ReadReport} once reading ends; rejects when the read fails. */
  readonly report: Promise<ReadReport<Details>>;
};

/**
 * Version 1 of the adapter contract: how behaviour data from any source becomes
 * {@link JourneyEvent}s. Implement it with {@link defineAdapter}, which handles inputs, decoding,
 * options and the report, and check it with `runAdapterConformance` from
 * `@journeykit/core/testing`.
 *
 * Every adapter honours the {@link ReadOptions}: `onError`, `maxBadRecords`, `signal` and
 * `onProgress`. `Options` are the adapter's own extra read options, if any; `Details` the counts
 * its reports carry in `details`.
 *
 * An adapter may also offer `readBatches`, the same read as columnar batches: an optional
 * capability of this version of the contract, so an adapter without it is still a v1 adapter,
 * and a consumer checks for it (as `readLog` does) before using it.
 *
 * @example
 * ```ts
 * import { type JourneyAdapterV1, readAll } from "@journeykit/core";
 *
 * declare const adapter: JourneyAdapterV1;
 * adapter.specificationVersion; // "v1"
 * const { events, report } = await readAll(adapter, "...", { onError: "skip", maxBadRecords: 10 });
 * ```
 */
export interface JourneyAdapterV1<
  Options extends object = object,
  Details extends ReadDetails = ReadDetails,
> {
  /** The version of this contract the adapter implements; a later contract gets `"v2"`. */
  readonly specificationVersion: "v1";
  /** A stable, unique name such as `"ga4"` or `"csv"`, used in reports and error messages. */
  readonly id: string;
  /** The formats the adapter reads, such as `["ndjson", "json-array"]`. */
  readonly formats: readonly string[];
  /**
   * Reads `input` into events. Nothing is read until the returned stream is iterated.
   *
   * @param input - The data, whole or as a stream of chunks.
   * @param options - The common {@link ReadOptions} and the adapter's own options.
   * @returns The events and, once they are read, the report.
   */
  read(input: AdapterInput, options?: ReadOptions & Options): AdapterReadStream<Details>;
  /**
   * Optional: reads `input` into batches of events in columns, the same events in the same order
   * as `read` gives, and the same report. Nothing is read until the returned stream is iterated.
   *
   * @param input - The data, whole or as a stream of chunks.
   * @param options - The common {@link ReadOptions} and the adapter's own options.
   * @returns The batches and, once they are read, the report.
   */
  readBatches?(input: AdapterInput, options?: ReadOptions & Options): AdapterBatchStream<Details>;
}
