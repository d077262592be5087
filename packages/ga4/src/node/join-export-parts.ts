import {
  AdapterReadError,
  type EventLog,
  EventLogBuilder,
  READ_REPORT_LIST_LIMIT,
  type ReadOptions,
  type SkippedRecord,
  TooManyBadRecordsError,
} from "@journeykit/core";
import { DuplicateFilter } from "../export/duplicate-filter";
import { exportEndWarnings } from "../export/export-end-warnings";
import type { Ga4ReadReport } from "../export/read-ga4-export";
import type { ResolvedExportOptions } from "../export/resolve-export-options";
import type { ExportPartResult } from "./export-part";

/**
 * Joins the parts of an export read on several threads (a newline-delimited file whose first
 * byte that is not white space opens a row), in file order, into the log and report a
 * read on one thread would give: line numbers counted from the file's start, `onError` and
 * `maxBadRecords` applied to the bad rows in file order, rows repeating a row of an earlier part
 * removed as duplicates, the summing-up warnings made from the parts' sums.
 *
 * @throws `AdapterReadError` for the first bad row under `onError: "throw"`;
 * `TooManyBadRecordsError` past `maxBadRecords`.
 */
export function joinExportParts(
  parts: readonly ExportPartResult[],
  readOptions: ReadOptions,
  identity: ResolvedExportOptions["identity"],
  removeDuplicates: boolean,
): { readonly log: EventLog; readonly report: Ga4ReadReport } {
  const builder = new EventLogBuilder();
  const duplicates = new DuplicateFilter();
  const skipped: SkippedRecord[] = [];
  const warnings: string[] = [];
  const counts = { consentModeRows: 0, fastPathRows: 0, fallbackRows: 0 };
  let bytesRead = 0;
  let rowsRead = 0;
  let rowsSkipped = 0;
  let duplicatesRemoved = 0;
  let withoutLastClick = 0;
  let linesBefore = 0;
  const limit = readOptions.maxBadRecords;
  const tooMany = () => limit !== undefined && rowsSkipped > limit;
  const report = (): Ga4ReadReport => ({
    adapter: "ga4",
    format: "ndjson",
    bytesRead,
    rowsRead,
    eventsEmitted: builder.size,
    rowsSkipped,
    skipped: [...skipped],
    duplicatesRemoved,
    warnings: [...warnings],
    ...counts,
  });

  for (const part of parts) {
    bytesRead += part.bytesRead;
    rowsRead += part.rowsRead;
    for (const record of part.skipped) {
      const line = record.line > 0 ? record.line + linesBefore : 0;
      if (readOptions.onError !== "skip") {
        throw new AdapterReadError({ adapter: "ga4", line, reason: record.reason, reasonCode: record.code });
      }
      rowsSkipped += 1;
      if (skipped.length < READ_REPORT_LIST_LIMIT) skipped.push({ ...record, line });
      if (tooMany()) throw new TooManyBadRecordsError(report(), limit as number);
    }
    // Past the list a part kept, its bad rows are only counted (as a one-thread read counts them).
    rowsSkipped += part.rowsSkipped - part.skipped.length;
    if (tooMany()) throw new TooManyBadRecordsError(report(), limit as number);

    const { batch, keys } = part;
    let keep: ((index: number) => boolean) | undefined;
    if (removeDuplicates) {
      const kept = new Uint8Array(batch.size);
      for (let index = 0; index < batch.size; index += 1) {
        const known = duplicates.record(
          keys.hashA[index] as number,
          keys.hashB[index] as number,
          keys.length[index] as number,
          batch.timestamp[index] as number,
        );
        if (known) duplicatesRemoved += 1;
        else kept[index] = 1;
      }
      keep = (index) => kept[index] === 1;
    }
    builder.addBatch(batch, keep);
    duplicatesRemoved += part.duplicatesRemoved;
    for (const warning of part.warnings) if (!warnings.includes(warning)) warnings.push(warning);
    counts.consentModeRows += part.counts.consentModeRows;
    counts.fastPathRows += part.counts.fastPathRows;
    counts.fallbackRows += part.counts.fallbackRows;
    withoutLastClick += part.rowsWithoutLastClick;
    linesBefore += part.linesRead;
  }
  warnings.push(...exportEndWarnings(counts, withoutLastClick, identity));
  return { log: builder.build(), report: report() };
}
