import { createReadStream } from "node:fs";
import type { ReadOptions } from "@journeykit/core";
import type { Ga4ExportOptions } from "../export/ga4-export-options";
import { type Ga4ReadStream, readGa4Export } from "../export/read-ga4-export";

/**
 * Reads a GA4 BigQuery export file (newline-delimited JSON or a JSON array) from disk, streaming in
 * 1 MiB chunks: {@link readGa4Export} over a Node file stream, so memory stays bounded by the rows
 * in flight however large the file is (unless the options ask to see every row first).
 *
 * @param path - The file's path.
 * @param options - The common read options and the GA4 options of `readGa4Export`.
 * @returns The events and, once read, the report.
 *
 * @example
 * ```ts
 * import { EventLog, funnel } from "@journeykit/core";
 * import { readGa4ExportFile } from "@journeykit/ga4/node";
 *
 * const log = await EventLog.fromAsync(readGa4ExportFile("events_20240101.json", { onError: "skip" }));
 * funnel(log, { steps: ["view_item", "add_to_cart", "purchase"] }).overallConversion; // e.g. 0.031
 * ```
 */
export function readGa4ExportFile(path: string, options?: ReadOptions & Ga4ExportOptions): Ga4ReadStream {
  return readGa4Export(createReadStream(path, { highWaterMark: 1 << 20 }), options);
}
