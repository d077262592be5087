import { EventLogBuilder } from "@journeykit/core";
import type { EventLogBatch, ReadState } from "@journeykit/core/adapter";
import type { Ga4ExportOptions } from "@journeykit/ga4";
import { readGa4ExportFileLog } from "@journeykit/ga4/node";
import type { DuckDbReadDetails } from "../read/duckdb-read-details";

/**
 * Reads JSON files with `readGa4ExportFileLog` (`@journeykit/ga4/node`), the reference: for a
 * read DuckDB cannot take exactly (a row the JS reader would reject, or a value DuckDB would
 * convert on its own), so that every bad row gets the JS reader's typed error, line and code, or
 * is skipped and counted as it would be. The files are one read there too (duplicates across
 * them removed, a bad row's line counted in its own file). Its report joins `state`, which
 * applies `onError` and `maxBadRecords` as one read would; `bytesCounted`, the bytes the read
 * already told while DuckDB read, are not counted twice. This is the rare path: the events cross
 * as objects once, into one batch.
 */
export async function* readFilesWithJs(
  files: readonly string[],
  options: Ga4ExportOptions,
  state: ReadState<DuckDbReadDetails>,
  bytesCounted = 0,
): AsyncGenerator<EventLogBatch> {
  const { log, report } = await readGa4ExportFileLog(files, {
    ...options,
    onError: "skip",
    signal: state.options.signal,
  });
  state.count("fallbackFiles", files.length);
  state.addPart({
    ...report,
    adapter: state.adapter,
    bytesRead: Math.max(0, report.bytesRead - bytesCounted),
    details: {
      consentModeRows: report.details.consentModeRows,
      rowsWithoutLastClick: report.details.rowsWithoutLastClick,
      // Counted once for the whole read, whichever reader reads the files.
      filesRead: 0,
      fallbackFiles: 0,
    },
  });
  const builder = new EventLogBuilder();
  for (const event of log) builder.add(event);
  if (builder.size > 0) yield builder.toBatch();
}
