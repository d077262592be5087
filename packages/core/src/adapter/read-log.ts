import type { EventLog } from "../event-log/event-log";
import { EventLogBuilder } from "../event-log/event-log-builder";
import type { AdapterInput, JourneyAdapterV1 } from "./journey-adapter";
import type { ReadOptions } from "./read-options";
import type { ReadDetails, ReadReport } from "./read-report";

/**
 * The log of a read and its report, as {@link readLog} returns them.
 *
 * @example
 * ```ts
 * const { log, report }: ReadLogResult = await readLog(csvAdapter, text);
 * log.size === report.eventsEmitted; // true
 * ```
 */
export interface ReadLogResult<Details extends ReadDetails = ReadDetails> {
  /** The events read, as an {@link EventLog}. */
  readonly log: EventLog;
  /** What happened during the read; `eventsEmitted` is the number of events in the log. */
  readonly report: ReadReport<Details>;
}

/**
 * Reads a whole input with `adapter` into an {@link EventLog}: the way from a source to an
 * analysis. It takes whichever the adapter offers: its batches (`readBatches`), the fast way,
 * with no object per event, or else its events (`read`). The log is the same either way, and, as
 * every log is, the same whatever order the input has its rows in.
 *
 * @param adapter - Any {@link JourneyAdapterV1}.
 * @param input - The data to read.
 * @param options - The common {@link ReadOptions} and the adapter's own options.
 * @returns The log and the report.
 * @throws The adapter's typed errors: `AdapterReadError`, `TooManyBadRecordsError`,
 * `AdapterAbortError`, or a `JourneykitError` for invalid options or input; an
 * `InvalidEventError` when an adapter not made with `defineAdapter` hands on a bad event.
 *
 * @example
 * ```ts
 * import { funnel, readLog } from "@journeykit/core";
 *
 * const { log, report } = await readLog(csvAdapter, csvText, { onError: "skip" });
 * report.rowsSkipped; // 0
 * funnel(log, { steps: ["signup", "purchase"] }).overallConversion; // 0.5
 * ```
 */
export async function readLog<Options extends object = object, Details extends ReadDetails = ReadDetails>(
  adapter: JourneyAdapterV1<Options, Details>,
  input: AdapterInput,
  options?: ReadOptions & Options,
): Promise<ReadLogResult<Details>> {
  const builder = new EventLogBuilder();
  let report: ReadReport<Details>;
  if (typeof adapter.readBatches === "function") {
    const stream = adapter.readBatches(input, options);
    for await (const batch of stream) builder.addBatch(batch);
    report = await stream.report;
  } else {
    const stream = adapter.read(input, options);
    for await (const event of stream) builder.add(event);
    report = await stream.report;
  }
  return { log: builder.build(), report };
}
