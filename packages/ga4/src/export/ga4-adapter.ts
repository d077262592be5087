import { defineAdapter, type JourneyAdapterV1 } from "@journeykit/core";
import type { Ga4ExportCounts } from "./export-parser";
import type { Ga4ExportOptions } from "./ga4-export-options";
import { type EventSink, parseExport } from "./parse-export";

/**
 * Makes the GA4 export adapter; `counts`, when given, receives the GA4-specific counts of its
 * read; `sink`, when given, receives the events in batches instead of the read's iterator.
 */
export function createGa4Adapter(
  counts?: Ga4ExportCounts,
  sink?: EventSink,
): JourneyAdapterV1<Ga4ExportOptions> {
  return defineAdapter<Ga4ExportOptions, "bytes">({
    id: "ga4",
    formats: ["ndjson", "json-array"],
    source: "bytes",
    parse: (chunks, context) =>
      parseExport(chunks, context, counts ?? { consentModeRows: 0, fastPathRows: 0, fallbackRows: 0 }, sink),
  });
}

/**
 * The GA4 BigQuery export adapter: a {@link JourneyAdapterV1} (id `"ga4"`, formats `"ndjson"` and
 * `"json-array"`) that reads export rows into events exactly as {@link readGa4Export} does, with
 * the same options. Use it where an adapter is expected: `readAll`, `EventLog.fromAsync`, the
 * CLI, or `runAdapterConformance`.
 *
 * @example
 * ```ts
 * import { EventLog, readAll } from "@journeykit/core";
 * import { ga4Adapter } from "@journeykit/ga4";
 *
 * const { events, report } = await readAll(ga4Adapter, ndjsonText, { onError: "skip", identity: "user-id" });
 * report.duplicatesRemoved; // 2
 * const log = await EventLog.fromAsync(ga4Adapter.read(ndjsonText));
 * ```
 */
export const ga4Adapter: JourneyAdapterV1<Ga4ExportOptions> = createGa4Adapter();
