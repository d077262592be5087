import type * as z from "zod";
import { JourneykitError } from "../errors/journeykit-error";
import type { AdapterDefinition, AdapterSourceKind } from "./adapter-definition";
import { checkAdapterOptions } from "./check-adapter-options";
import type { AdapterInput, JourneyAdapterV1 } from "./journey-adapter";
import type { ReadOptions } from "./read-options";
import type { ReadDetails, ReadReport } from "./read-report";
import { type ReadUnit, runRead } from "./run-read";

function definitionProblem(definition: unknown): string | undefined {
  if (definition === null || typeof definition !== "object") return "the definition must be an object";
  const { id, formats, source, parse, parseBatches, details, optionsSchema } = definition as Record<
    string,
    unknown
  >;
  if (typeof id !== "string" || id === "") return "id must be a non-empty string";
  if (!Array.isArray(formats) || !formats.every((format) => typeof format === "string")) {
    return "formats must be an array of strings";
  }
  if (source !== undefined && source !== "lines" && source !== "text" && source !== "bytes") {
    return `source must be "lines", "text" or "bytes", not ${JSON.stringify(source)}`;
  }
  if (parse === undefined && parseBatches === undefined) {
    return "it needs parse (an async generator of events) or parseBatches (of event batches)";
  }
  if (parse !== undefined && typeof parse !== "function") return "parse must be an async generator function";
  if (parseBatches !== undefined && typeof parseBatches !== "function") {
    return "parseBatches must be an async generator function";
  }
  if (
    details !== undefined &&
    (details === null ||
      typeof details !== "object" ||
      !Object.values(details).every((value) => typeof value === "number" && Number.isFinite(value)))
  ) {
    return "details must be an object of starting counts, such as { consentModeRows: 0 }";
  }
  if (
    optionsSchema !== undefined &&
    typeof (optionsSchema as Partial<z.ZodType> | null)?.safeParse !== "function"
  ) {
    return "optionsSchema must be a zod schema, such as z.strictObject({ ... })";
  }
  return undefined;
}

/** A read stream of `unit`s: iterable once, its report settled by the read. */
function readStream<Details extends ReadDetails, Unit extends ReadUnit>(
  definition: AdapterDefinition<object, AdapterSourceKind, Details>,
  unit: Unit,
  input: AdapterInput,
  options: unknown,
) {
  // Checked at the call, not when iterated: a misspelt option fails where it was written.
  const readOptions = checkAdapterOptions(definition, options);
  let resolve: (report: ReadReport<Details>) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const report = new Promise<ReadReport<Details>>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  // A caller who only iterates must not get an unhandled rejection from the report as well.
  report.catch(() => {});
  let started = false;
  return {
    report,
    [Symbol.asyncIterator]() {
      if (started) {
        throw new JourneykitError({
          code: "ADAPTER_STREAM_CONSUMED",
          message: `This read of the ${definition.id} adapter has already been iterated; call read() again for a new one.`,
        });
      }
      started = true;
      return runRead(definition, unit, input, readOptions, { resolve, reject });
    },
  };
}

/**
 * Makes a {@link JourneyAdapterV1} from the format-specific part alone: a parser of events
 * (`parse`), of columnar batches (`parseBatches`, which also gives the adapter `readBatches`), or
 * both.
 *
 * `defineAdapter` takes care of everything else the contract asks: every {@link AdapterInput}
 * (strings, bytes, web streams, Node streams, async iterables) is turned into the `source` the
 * definition asks for (UTF-8 decoded across chunk boundaries, a byte order mark dropped, lines split
 * at `\n` or `\r\n`); `onError` and `maxBadRecords` decide what `context.skip` does; an aborted
 * `signal` stops the read at once, even while it waits for input; `onProgress` hears each chunk;
 * each event is checked as `EventLogBuilder.add` checks it and a bad one is treated as a bad record
 * (`"INVALID_EVENT"`), each batch as `EventLogBuilder.addBatch` checks it; the
 * {@link ReadReport} is built, with the adapter's own counts in `details`; any unexpected error
 * from the parser becomes a typed `AdapterReadError`.
 *
 * @param definition - The adapter's id, formats, source kind and `parse` generator.
 * @returns The adapter.
 * @throws {@link index!JourneykitError} with code `"ADAPTER_DEFINITION"` when the definition is malformed.
 *
 * @example
 * ```ts
 * import { defineAdapter, readAll } from "@journeykit/core";
 *
 * // One event per line: "customer,epoch-ms,event".
 * const tinyAdapter = defineAdapter({
 *   id: "tiny",
 *   formats: ["tiny"],
 *   async *parse(lines, context) {
 *     for await (const line of lines) {
 *       if (line === "") continue;
 *       context.countRow();
 *       const [customerId = "", time = "", name = ""] = line.split(",");
 *       const timestamp = Number(time);
 *       if (!customerId || !name || !Number.isFinite(timestamp)) {
 *         context.skip(context.line, `expected "customer,epoch-ms,event", got ${JSON.stringify(line)}`, "TINY_BAD_LINE");
 *         continue;
 *       }
 *       yield { customerId, timestamp, name };
 *     }
 *   },
 * });
 *
 * const { events, report } = await readAll(tinyAdapter, "c-1,1700000000000,signup\noops\n", { onError: "skip" });
 * events; // [{ customerId: "c-1", timestamp: 1700000000000, name: "signup" }]
 * report.skipped; // [{ line: 2, problem: 'expected "customer,epoch-ms,event", got "oops"', code: "TINY_BAD_LINE" }]
 * ```
 */
export function defineAdapter<
  Options extends object = object,
  Source extends AdapterSourceKind = "lines",
  Details extends ReadDetails = ReadDetails,
>(definition: AdapterDefinition<Options, Source, Details>): JourneyAdapterV1<Options, Details> {
  const problem = definitionProblem(definition);
  if (problem !== undefined) {
    throw new JourneykitError({
      code: "ADAPTER_DEFINITION",
      message: `defineAdapter() got a malformed adapter definition: ${problem}.`,
    });
  }
  const general = {
    ...definition,
    formats: [...definition.formats],
    ...(definition.details && { details: Object.freeze({ ...definition.details }) }),
  } as AdapterDefinition<object, AdapterSourceKind, Details>;
  const adapter: JourneyAdapterV1<Options, Details> = {
    specificationVersion: "v1" as const,
    id: definition.id,
    formats: Object.freeze([...definition.formats]),
    read: (input: AdapterInput, options?: ReadOptions & Options) =>
      readStream(general, "events", input, options),
  };
  if (definition.parseBatches !== undefined) {
    adapter.readBatches = (input: AdapterInput, options?: ReadOptions & Options) =>
      readStream(general, "batches", input, options);
  }
  return Object.freeze(adapter);
}
