import { type EventLog, EventLogBuilder } from "@journeykit/core";
import type { ReadState } from "@journeykit/core/adapter";
import { DuplicateFilter } from "../export/duplicate-filter";
import { exportEndWarnings } from "../export/export-end-warnings";
import type { Ga4ReadDetails } from "../export/ga4-read-details";
import type { Ga4ReadReport } from "../export/read-ga4-export";
import type { ResolvedExportOptions } from "../export/resolve-export-options";
import type { ExportPartResult } from "./export-part";

/**
 * Joins the parts of an export read on several threads (a newline-delimited file whose first
 * byte that is not white space opens a row), in file order, into the log and report a read on
 * one thread would give. The books are the read's `state` (core's): each part's report is added
 * with its line offset, so its bad rows meet the caller's `onError` and `maxBadRecords` in file
 * order; what is GA4's own is done here: rows repeating a row of an earlier part are removed as
 * duplicates, and the warnings that sum up the read are made once, from the parts' sums.
 *
 * @param progressed - Whether the parts' bytes and rows already reached `state` as progress.
 * @throws `AdapterReadError` for the first bad row under `onError: "throw"`;
 * `TooManyBadRecordsError` past `maxBadRecords`.
 */
export function joinExportParts(
  parts: readonly ExportPartResult[],
  state: ReadState<Ga4ReadDetails>,
  options: Pick<ResolvedExportOptions, "identity" | "removeDuplicates">,
  progressed: boolean,
): { readonly log: EventLog; readonly report: Ga4ReadReport } {
  const builder = new EventLogBuilder();
  const duplicates = new DuplicateFilter();
  let linesBefore = 0;
  for (const part of parts) {
    state.addPart(part.report, { lineOffset: linesBefore, progressed });
    const { batch, keys } = part;
    const sizeBefore = builder.size;
    if (options.removeDuplicates) {
      const kept = new Uint8Array(batch.size);
      for (let index = 0; index < batch.size; index += 1) {
        const known = duplicates.record(
          keys.hashA[index] as number,
          keys.hashB[index] as number,
          keys.length[index] as number,
          batch.timestamp[index] as number,
        );
        if (!known) kept[index] = 1;
      }
      builder.addBatch(batch, (index) => kept[index] === 1);
    } else {
      builder.addBatch(batch);
    }
    const added = builder.size - sizeBefore;
    if (added < batch.size) state.duplicate(batch.size - added);
    state.countEvents(added);
    linesBefore += part.linesRead;
  }
  const { details } = state.snapshot();
  for (const warning of exportEndWarnings(
    details.consentModeRows,
    details.rowsWithoutLastClick,
    options.identity,
  )) {
    state.warn(warning);
  }
  state.progress();
  return { log: builder.build(), report: state.snapshot() };
}
