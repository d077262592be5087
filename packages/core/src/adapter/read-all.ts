import type { JourneyEvent } from "../model/journey-event";
import type { AdapterInput, JourneyAdapterV1 } from "./journey-adapter";
import type { ReadOptions } from "./read-options";
import type { ReadDetails, ReadReport } from "./read-report";

/**
 * Every event of a read, and its report, as {@link readAll} returns them.
 *
 * @example
 * ```ts
 * const result: ReadAllResult = { events: [], report: await adapter.read("").report };
 * ```
 */
export interface ReadAllResult<Details extends ReadDetails = ReadDetails> {
  /** The events, in the order the adapter emitted them. */
  readonly events: JourneyEvent[];
  /** What happened during the read. */
  readonly report: ReadReport<Details>;
}

/**
 * Reads a whole input with `adapter` into an array of events and the {@link ReadReport}. Handy
 * for tests and small files; to analyse, read into a log with {@link readLog} instead (no object
 * per event is kept), or iterate `adapter.read()` to handle events as they arrive.
 *
 * @param adapter - Any {@link JourneyAdapterV1}.
 * @param input - The data to read.
 * @param options - The common {@link ReadOptions} and the adapter's own options.
 * @returns The events and the report.
 * @throws The adapter's typed errors: `AdapterReadError`, `TooManyBadRecordsError`,
 * `AdapterAbortError`, or a `JourneykitError` for invalid options or input.
 *
 * @example
 * ```ts
 * import { readAll } from "@journeykit/core";
 *
 * const { events, report } = await readAll(csvAdapter, "customer,time,event\nc-1,2024-01-01T10:00:00Z,signup\n");
 * events; // [{ customerId: "c-1", timestamp: 1704103200000, name: "signup" }]
 * report.rowsRead; // 1
 * ```
 */
export async function readAll<Options extends object = object, Details extends ReadDetails = ReadDetails>(
  adapter: JourneyAdapterV1<Options, Details>,
  input: AdapterInput,
  options?: ReadOptions & Options,
): Promise<ReadAllResult<Details>> {
  const stream = adapter.read(input, options);
  const events: JourneyEvent[] = [];
  for await (const event of stream) events.push(event);
  return { events, report: await stream.report };
}
