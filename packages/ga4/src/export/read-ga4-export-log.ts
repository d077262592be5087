import { type AdapterInput, type EventLog, EventLogBuilder, type ReadOptions } from "@journeykit/core";
import type { Ga4ExportCounts } from "./export-parser";
import { createGa4Adapter } from "./ga4-adapter";
import type { Ga4ExportOptions } from "./ga4-export-options";
import type { Ga4ReadReport } from "./read-ga4-export";

/**
 * Reads a GA4 BigQuery export straight into an {@link EventLog}: the events {@link readGa4Export}
 * would give, with the same options and report, but handed to an `EventLogBuilder` a batch at a
 * time instead of one at a time through an async iterator. The fastest way from an export to an
 * analysis; use `readGa4Export` to see or filter each event on the way.
 *
 * @param input - The export: newline-delimited JSON or a JSON array, as a string, bytes, a web or
 * Node stream, or an async iterable of chunks.
 * @param options - The common read options and the GA4 options of `readGa4Export`.
 * @returns The log and the read's report (`eventsEmitted` is the number of events in the log).
 * @throws As `readGa4Export` does: `InvalidOptionError`, `AdapterReadError`,
 * `TooManyBadRecordsError`, `AdapterAbortError`.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { funnel } from "@journeykit/core";
 * import { readGa4ExportLog } from "@journeykit/ga4";
 *
 * const { log, report } = await readGa4ExportLog(createReadStream("events_20240101.json"));
 * report.duplicatesRemoved; // 2
 * funnel(log, { steps: ["view_item", "add_to_cart", "purchase"] }).overallConversion; // e.g. 0.031
 * ```
 */
export async function readGa4ExportLog(
  input: AdapterInput,
  options?: ReadOptions & Ga4ExportOptions,
): Promise<{ readonly log: EventLog; readonly report: Ga4ReadReport }> {
  const counts: Ga4ExportCounts = { consentModeRows: 0, fastPathRows: 0, fallbackRows: 0 };
  const builder = new EventLogBuilder();
  const stream = createGa4Adapter(counts, (events) => {
    for (const event of events) builder.add(event);
  }).read(input, options);
  // The events go to the builder; the stream yields none, but reading it drives the read.
  for await (const _ of stream);
  const report = await stream.report;
  return { log: builder.build(), report: { ...report, ...counts, eventsEmitted: builder.size } };
}
