import { InvalidOptionError } from "@journeykit/core";
import type { AdapterBatchStream, EventLogBatch } from "@journeykit/core/adapter";
import { checkReadOptions, createReadState, parseOptions } from "@journeykit/core/adapter";
import type { Ga4DuckDbSource } from "../source/ga4-duckdb-source";
import { DUCKDB_READ_DETAILS, type DuckDbReadDetails } from "./duckdb-read-details";
import { type ReadGa4LogOptions, ReadGa4LogOptionsSchema } from "./read-ga4-log-options";
import { readWithDuckDb } from "./read-with-duckdb";

export const ADAPTER_ID = "ga4-duckdb";

function checkSource(source: unknown): Ga4DuckDbSource {
  const isText = (value: unknown) => typeof value === "string" && value !== "";
  if (isText(source)) return source as string;
  if (Array.isArray(source) && source.length > 0 && source.every(isText)) return source as string[];
  if (source !== null && typeof source === "object" && !Array.isArray(source)) {
    const { connection, table } = source as Record<string, unknown>;
    if (isText(table) && connection !== null && typeof connection === "object") {
      return source as Ga4DuckDbSource;
    }
  }
  throw new InvalidOptionError({
    option: "source",
    problem:
      "must be a path or glob, a non-empty list of them, or { connection, table } naming a table of export rows in an open DuckDB connection",
  });
}

/**
 * Reads a GA4 export with DuckDB into columnar batches of events, the same events
 * `readGa4Export` (`@journeykit/ga4`) reads from the same rows with the same options, and the
 * read's report: the batch form of {@link readGa4Log}, for a consumer that builds its own log
 * (`new EventLogBuilder().addBatch(batch)`). Options are checked when it is called; nothing is
 * read until the stream is iterated.
 *
 * @param source - A path, URL or glob, a list of them, or `{ connection, table }`; see {@link Ga4DuckDbSource}.
 * @param options - See {@link ReadGa4LogOptions}.
 * @returns The batches, and `report`, which settles when the read ends.
 * @throws `InvalidOptionError` at the call for an invalid option or source.
 *
 * @example
 * ```ts
 * import { EventLogBuilder } from "@journeykit/core";
 *
 * const stream = readGa4Batches("exports/events_*.json.gz", { params: [] });
 * const builder = new EventLogBuilder();
 * for await (const batch of stream) builder.addBatch(batch);
 * const log = builder.build();
 * (await stream.report).eventsEmitted === log.size; // true
 * ```
 */
export function readGa4Batches(
  source: Ga4DuckDbSource,
  options?: ReadGa4LogOptions,
): AdapterBatchStream<DuckDbReadDetails> {
  const { onError, maxBadRecords, signal, onProgress, ...own } = (options ?? {}) as ReadGa4LogOptions;
  const readOptions = checkReadOptions(ADAPTER_ID, options);
  const resolved = parseOptions(ReadGa4LogOptionsSchema, own);
  const checkedSource = checkSource(source);
  let settle: { resolve(value: never): void; reject(error: unknown): void } | undefined;
  const report = new Promise<never>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // The caller may only iterate; a failed read must not also be an unhandled rejection.
  report.catch(() => undefined);
  async function* batches(): AsyncGenerator<EventLogBatch> {
    const state = createReadState({ id: ADAPTER_ID, details: DUCKDB_READ_DETAILS }, readOptions);
    let ended = false;
    try {
      yield* readWithDuckDb(checkedSource, resolved, state);
      state.progress();
      ended = true;
      settle?.resolve(state.snapshot() as never);
    } catch (error) {
      ended = true;
      const failure = state.failure(error);
      settle?.reject(failure);
      throw failure;
    } finally {
      if (!ended) {
        state.warn("The consumer stopped reading early: the report counts what was read until then.");
        settle?.resolve(state.snapshot() as never);
      }
      state.dispose();
    }
  }
  return Object.assign(batches(), { report });
}
