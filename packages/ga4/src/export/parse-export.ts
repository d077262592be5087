import type { AdapterContext, JourneyEvent } from "@journeykit/core";
import { buildEvent } from "./build-event";
import { decodeRowReference } from "./decode-row-reference";
import { DuplicateFilter } from "./duplicate-filter";
import { ExportRowSplitter } from "./export-row-splitter";
import type { Ga4ExportOptions } from "./ga4-export-options";
import { resolveExportOptions } from "./resolve-export-options";
import { RowScanner } from "./row-scanner";
import { type BufferedEvent, settleBufferedEvents } from "./settle-buffered-events";

/** What a read of an export counted beyond the common report. */
export interface Ga4ExportCounts {
  consentModeRows: number;
  fastPathRows: number;
  fallbackRows: number;
}

/**
 * The `parse` of the GA4 adapter: export text in chunks to events, counting into `counts`.
 * See {@link readGa4Export} for what it does with each row.
 */
export async function* parseExport(
  chunks: AsyncIterable<string>,
  context: AdapterContext<Ga4ExportOptions>,
  counts: Ga4ExportCounts,
): AsyncGenerator<JourneyEvent> {
  const options = resolveExportOptions(context.options);
  const splitter = new ExportRowSplitter();
  const scanner = options.fastPath ? new RowScanner(options.columns) : undefined;
  const duplicates = options.removeDuplicates ? new DuplicateFilter() : undefined;
  const buffer: BufferedEvent[] | undefined =
    options.order === "timestamp" || options.identity === "stitched" ? [] : undefined;
  let withoutLastClick = 0;

  async function* rowsOf(): AsyncGenerator<ReturnType<ExportRowSplitter["push"]>> {
    for await (const chunk of chunks) {
      yield splitter.push(chunk);
      context.format = splitter.format;
    }
    yield splitter.end();
  }

  for await (const rows of rowsOf()) {
    for (const row of rows) {
      context.line = row.line;
      context.countRow();
      if ("junk" in row) {
        context.skip(row.line, row.junk, "GA4_NOT_A_ROW");
        continue;
      }
      let decoded = scanner?.scan(row.text);
      if (decoded === undefined) {
        decoded = decodeRowReference(row.text, options.columns);
        counts.fallbackRows += 1;
      } else {
        counts.fastPathRows += 1;
      }
      if ("problem" in decoded) {
        context.skip(row.line, decoded.problem.reason, decoded.problem.code);
        continue;
      }
      const outcome = buildEvent(decoded.fields, decoded.params, options);
      if (outcome.kind === "problem") {
        context.skip(row.line, outcome.problem.reason, outcome.problem.code);
        continue;
      }
      if (outcome.kind === "consent") {
        counts.consentModeRows += 1;
        continue;
      }
      if (duplicates?.seen(row.text, outcome.event.timestamp)) {
        context.duplicate();
        continue;
      }
      if (options.trafficSource === "session" && decoded.fields.sessionTrafficSourceLastClick === undefined) {
        withoutLastClick += 1;
      }
      if (buffer === undefined) yield outcome.event;
      else buffer.push(outcome);
    }
  }

  if (splitter.unclosedArray) {
    context.warn("The JSON array has no closing ]: the input may be truncated; every complete row was read.");
  }
  if (counts.consentModeRows > 0) {
    const identity = options.identity === "pseudo" ? "user_pseudo_id" : "user_pseudo_id or user_id";
    context.warn(
      `${counts.consentModeRows} consent-mode rows had no ${identity}; they were kept apart (not emitted) rather than merged into one unknown customer.`,
    );
  }
  if (withoutLastClick > 0) {
    context.warn(
      `${withoutLastClick} rows have no session_traffic_source_last_click (exports before mid-2024 lack it), so their events have no source, medium or channel; read with trafficSource "event" or "user" for those.`,
    );
  }
  if (buffer !== undefined) {
    const settled = settleBufferedEvents(buffer, {
      stitch: options.identity === "stitched",
      sort: options.order === "timestamp",
    });
    if (settled.ambiguousPseudoIds > 0) {
      context.warn(
        `${settled.ambiguousPseudoIds} pseudo ids were seen with more than one user_id (shared devices); their anonymous events were stitched to the user id of their earliest event.`,
      );
    }
    yield* settled.events;
  }
}
