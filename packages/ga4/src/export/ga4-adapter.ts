import { defineAdapter, type JourneyAdapterV1 } from "@journeykit/core/adapter";
import { type Ga4ExportOptions, Ga4ExportOptionsSchema } from "./ga4-export-options";
import { GA4_READ_DETAILS, type Ga4ReadDetails } from "./ga4-read-details";
import { parseExport, parseExportBatches } from "./parse-export";

/**
 * The GA4 BigQuery export adapter: a {@link JourneyAdapterV1} (id `"ga4"`, formats `"ndjson"` and
 * `"json-array"`) that reads export rows into events as {@link readGa4Export} describes, with the
 * same options, as events (`read`) or as columnar batches (`readBatches`). Its reports count
 * what only a GA4 export has in `details` ({@link Ga4ReadDetails}). Use it where an adapter is
 * expected: `readLog` (the fast way to a log), `readAll`, the CLI, `runAdapterConformance`.
 *
 * @example
 * ```ts
 * import { funnel, readLog } from "@journeykit/core";
 * import { ga4Adapter } from "@journeykit/ga4";
 *
 * const { log, report } = await readLog(ga4Adapter, ndjsonText, { onError: "skip", identity: "user-id" });
 * report.duplicatesRemoved; // 2
 * report.details.consentModeRows; // 0
 * funnel(log, { steps: ["view_item", "purchase"] }).overallConversion; // e.g. 0.04
 * ```
 */
export const ga4Adapter: JourneyAdapterV1<Ga4ExportOptions, Ga4ReadDetails> = defineAdapter<
  Ga4ExportOptions,
  "bytes",
  Ga4ReadDetails
>({
  id: "ga4",
  formats: ["ndjson", "json-array"],
  source: "bytes",
  details: GA4_READ_DETAILS,
  optionsSchema: Ga4ExportOptionsSchema,
  parse: parseExport,
  parseBatches: parseExportBatches,
});
