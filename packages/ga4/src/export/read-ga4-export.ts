import type { ReadOptions, ReadReport } from "@journeykit/core";
import type { AdapterInput, AdapterReadStream } from "@journeykit/core/adapter";
import { ga4Adapter } from "./ga4-adapter";
import type { Ga4ExportOptions } from "./ga4-export-options";
import type { Ga4ReadDetails } from "./ga4-read-details";

/**
 * The report of a GA4 export read: the common `ReadReport`, with what only a GA4 export has in
 * `details` ({@link Ga4ReadDetails}).
 *
 * @example
 * ```ts
 * const report: Ga4ReadReport = await readGa4Export(text).report;
 * report.duplicatesRemoved; // 2
 * report.details.consentModeRows; // 0
 * ```
 */
export type Ga4ReadReport = ReadReport<Ga4ReadDetails>;

/**
 * The events of a {@link readGa4Export}, as an async iterable, plus its {@link Ga4ReadReport}.
 *
 * @example
 * ```ts
 * const stream: Ga4ReadStream = readGa4Export(text);
 * for await (const event of stream) console.log(event.name);
 * console.log((await stream.report).eventsEmitted);
 * ```
 */
export type Ga4ReadStream = AdapterReadStream<Ga4ReadDetails>;

/**
 * Reads a GA4 BigQuery export into a stream of `JourneyEvent`s, to see or filter each event
 * on the way; to analyse, read into a log instead: `readLog(ga4Adapter, input)`, or from a file
 * on several threads `readGa4ExportFileLog` (`@journeykit/ga4/node`). Streaming: rows are decoded as they
 * arrive, so memory is bounded by the rows in flight (plus 20 bytes a row to recognise
 * duplicates), unless `order: "timestamp"` or `identity: "stitched"` asks to see every row first.
 *
 * Input: newline-delimited JSON (BigQuery export jobs) or one JSON array (the console's
 * download), as a string, bytes, a web or Node stream, or an async iterable of chunks.
 *
 * Each row becomes one event:
 * - `customerId`: `user_pseudo_id`, or per the `identity` option `user_id` where set, or the
 *   stitched user id of the device;
 * - `timestamp`: `event_timestamp` (UTC microseconds, an INT64 that may be a JSON string) / 1000,
 *   milliseconds as a float, so microsecond order survives;
 * - `name`: `event_name`;
 * - `sessionId`: `` `${user_pseudo_id}:${ga_session_id}` `` (the `ga_session_id` param, integer or
 *   string): unique across users, and one session even when it spans midnight and two daily tables;
 * - `source`, `medium`: from the `trafficSource` scope (see {@link Ga4ExportOptionsSchema});
 *   `channel`: their GA4 default channel group ({@link defaultChannelGroup}) mapped to a journey
 *   channel ({@link journeyChannelForGroup});
 * - `value`: the numeric `value` event param, when present;
 * - `properties`: the event params by key, each coalesced from whichever of `string_value`,
 *   `int_value`, `float_value`, `double_value` is set (types may drift between rows), plus
 *   `ecommerce.*` and `items.*` when `include` asks.
 *
 * Rows identical to an earlier row are dropped and counted (`duplicatesRemoved`). Rows without a
 * `user_pseudo_id` (consent mode) are never merged into one made-up customer: they are not
 * emitted, and are counted in the report's `details.consentModeRows` and a warning (with `identity: "user-id"` a row
 * that has a `user_id` is still read). Rows that cannot be read (not JSON, a missing `event_name`
 * or `event_timestamp`, a field of the wrong type) fail the read with an `AdapterReadError` naming
 * the line and the field, or with `onError: "skip"` are skipped and listed in the report.
 *
 * @param input - The export.
 * @param options - The common read options (`onError`, `maxBadRecords`, `signal`, `onProgress`)
 * and the GA4 options of {@link Ga4ExportOptionsSchema}.
 * @returns The events and, once read, the report.
 * @throws `InvalidOptionError` at the call for an invalid or unknown option (`identiy`); `AdapterReadError`,
 * `TooManyBadRecordsError`, `AdapterAbortError` as any adapter read.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { readGa4Export } from "@journeykit/ga4";
 *
 * const stream = readGa4Export(createReadStream("events_20240101.json"), { onError: "skip" });
 * for await (const event of stream) {
 *   // { customerId: "107079580.1702642286", timestamp: 1702644703708.028, name: "session_start",
 *   //   sessionId: "107079580.1702642286:1702642286", channel: "search", source: "bing",
 *   //   medium: "organic", properties: { ga_session_id: 1702642286, page_location: "https://...", ... } }
 * }
 * const report = await stream.report;
 * report.duplicatesRemoved; // 2
 * report.details.consentModeRows; // 0
 * ```
 */
export function readGa4Export(input: AdapterInput, options?: ReadOptions & Ga4ExportOptions): Ga4ReadStream {
  return ga4Adapter.read(input, options);
}
