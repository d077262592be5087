import type { AdapterContext, JourneyEvent } from "@journeykit/core";
import { buildEvent } from "./build-event";
import { decodeRowReference } from "./decode-row-reference";
import { DuplicateFilter } from "./duplicate-filter";
import { type ExportJunk, ExportRowSplitter, type ExportRowText } from "./export-row-splitter";
import type { Ga4ExportOptions } from "./ga4-export-options";
import { type ResolvedExportOptions, resolveExportOptions } from "./resolve-export-options";
import { RowScanner } from "./row-scanner";
import { type BufferedEvent, settleBufferedEvents } from "./settle-buffered-events";

/** What a read of an export counted beyond the common report. */
export interface Ga4ExportCounts {
  consentModeRows: number;
  fastPathRows: number;
  fallbackRows: number;
}

/**
 * The synchronous heart of the GA4 adapter: takes export text chunk by chunk and returns the
 * events each chunk completes (none while `order: "timestamp"` or `identity: "stitched"` holds
 * them back until `end`). Bad rows go to `context.skip`, duplicates to `context.duplicate`.
 * See `readGa4Export` for what it does with each row.
 */
export class ExportParser {
  readonly #context: AdapterContext<Ga4ExportOptions>;
  readonly #counts: Ga4ExportCounts;
  readonly #options: ResolvedExportOptions;
  readonly #splitter = new ExportRowSplitter();
  readonly #scanner: RowScanner | undefined;
  readonly #duplicates: DuplicateFilter | undefined;
  readonly #buffer: BufferedEvent[] | undefined;
  #withoutLastClick = 0;

  constructor(context: AdapterContext<Ga4ExportOptions>, counts: Ga4ExportCounts) {
    this.#context = context;
    this.#counts = counts;
    const options = resolveExportOptions(context.options);
    this.#options = options;
    this.#scanner = options.fastPath ? new RowScanner(options.columns) : undefined;
    this.#duplicates = options.removeDuplicates ? new DuplicateFilter() : undefined;
    this.#buffer = options.order === "timestamp" || options.identity === "stitched" ? [] : undefined;
  }

  /** Reads the next chunk of text; returns the events it completed. */
  push(chunk: string): JourneyEvent[] {
    const events = this.#rows(this.#splitter.push(chunk));
    this.#context.format = this.#splitter.format;
    return events;
  }

  /** Ends the input; returns the last events (all of them when they were held back). */
  end(): JourneyEvent[] {
    const events = this.#rows(this.#splitter.end());
    const context = this.#context;
    const options = this.#options;
    if (this.#splitter.unclosedArray) {
      context.warn(
        "The JSON array has no closing ]: the input may be truncated; every complete row was read.",
      );
    }
    const consent = this.#counts.consentModeRows;
    if (consent > 0) {
      const identity = options.identity === "pseudo" ? "user_pseudo_id" : "user_pseudo_id or user_id";
      context.warn(
        `${consent} consent-mode rows had no ${identity}; they were kept apart (not emitted) rather than merged into one unknown customer.`,
      );
    }
    if (this.#withoutLastClick > 0) {
      context.warn(
        `${this.#withoutLastClick} rows have no session_traffic_source_last_click (exports before mid-2024 lack it), so their events have no source, medium or channel; read with trafficSource "event" or "user" for those.`,
      );
    }
    if (this.#buffer === undefined) return events;
    const settled = settleBufferedEvents(this.#buffer, {
      stitch: options.identity === "stitched",
      sort: options.order === "timestamp",
    });
    if (settled.ambiguousPseudoIds > 0) {
      context.warn(
        `${settled.ambiguousPseudoIds} pseudo ids were seen with more than one user_id (shared devices); their anonymous events were stitched to the user id of their earliest event.`,
      );
    }
    return settled.events;
  }

  #rows(rows: readonly (ExportRowText | ExportJunk)[]): JourneyEvent[] {
    const events: JourneyEvent[] = [];
    const context = this.#context;
    const counts = this.#counts;
    const options = this.#options;
    for (const row of rows) {
      context.line = row.line;
      context.countRow();
      if ("junk" in row) {
        context.skip(row.line, row.junk, "GA4_NOT_A_ROW");
        continue;
      }
      let decoded = this.#scanner?.scan(row.text);
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
      if (this.#duplicates?.seen(row.text, outcome.event.timestamp)) {
        context.duplicate();
        continue;
      }
      if (options.trafficSource === "session" && decoded.fields.sessionTrafficSourceLastClick === undefined) {
        this.#withoutLastClick += 1;
      }
      if (this.#buffer === undefined) events.push(outcome.event);
      else this.#buffer.push(outcome);
    }
    return events;
  }
}
