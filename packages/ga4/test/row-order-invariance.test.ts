// A BigQuery export has no meaningful row order, so no analysis may depend on it. Generated
// exports with what makes order matter (same-microsecond ties ordered by the batch columns or,
// without them, by row content; duplicated rows; consent-mode rows; sessions that run past
// midnight) are read as they are and with their rows shuffled, on every in-process read path
// (the event stream, readLog over batches, the file cut into parts as the worker threads read
// it), and every analysis must give the same answer. The worker threads themselves are run on
// shuffled files in read-ga4-export-file-log.test.ts.
import {
  conformance,
  directlyFollows,
  EventLog,
  type FunnelOptions,
  funnel,
  type Journey,
  JourneykitError,
  pathVariants,
  readLog,
  stageFunnel,
} from "@journeykit/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { ga4Adapter } from "../src/export/ga4-adapter";
import type { Ga4ExportOptions } from "../src/export/ga4-export-options";
import { readGa4Export } from "../src/export/read-ga4-export";
import { type ExportRow, exportRowsOf, NAMES, toNdjson } from "./ga4-export-rows";
import { journeyArbitrary } from "./journey-arbitrary";
import { cutsAt, partReader } from "./read-in-parts";

const parts = partReader();
afterAll(() => parts.dispose());
const encoder = new TextEncoder();

const MINUTE = 60_000;
/** 2024-01-01T23:58:00Z: minutes 0 to 3 run past midnight into 2024-01-02. */
const BEFORE_MIDNIGHT_MICROS = Date.UTC(2024, 0, 1, 23, 58) * 1000;

// Two customers over four minutes: most rows tie with another row of their customer.
const rowsArbitrary = fc.oneof(
  exportRowsOf({ customers: 2, minutes: 3, minRows: 8, maxRows: 40 }),
  exportRowsOf({ customers: 2, minutes: 3, minRows: 8, maxRows: 40, startMicros: BEFORE_MIDNIGHT_MICROS }),
);

/** The rows in the order of `keys` (a permutation fast-check shrinks well). */
function shuffled(rows: readonly ExportRow[], keys: readonly number[]): ExportRow[] {
  return rows
    .map((row, index) => ({ row, key: keys[index % keys.length] as number, index }))
    .sort((a, b) => a.key - b.key || b.index - a.index)
    .map(({ row }) => row);
}

const optionsArbitrary: fc.Arbitrary<Ga4ExportOptions> = fc.record(
  {
    identity: fc.constantFrom("pseudo", "user-id", "stitched"),
    trafficSource: fc.constantFrom("event", "session", "user"),
    duplicates: fc.constantFrom("remove", "keep"),
  },
  { requiredKeys: [] },
);

/** Every analysis the acceptance names, on a log: funnels of every order and count, and the rest. */
function analyses(log: EventLog, journey: Journey) {
  const steps = [...NAMES.slice(0, 3)];
  const funnels = (["ordered", "strict", "any"] as const).flatMap((order) =>
    (["customers", "sessions"] as const).map((countBy) => {
      const options: FunnelOptions = { steps, order, countBy, window: 2 * MINUTE };
      return funnel(log, options).steps.map((step) => step.count);
    }),
  );
  return {
    funnels,
    directlyFollows: directlyFollows(log),
    sessionFollows: directlyFollows(log, { withinSessions: true }),
    pathVariants: pathVariants(log),
    conformance: conformance(journey, log),
    stageFunnel: outcome(() => stageFunnel(journey, log, { order: "strict" })),
  };
}

/** The result, or the code of the error (a journey without event matchers has no stage funnel). */
function outcome<T>(analysis: () => T): T | { readonly error: string } {
  try {
    return analysis();
  } catch (error) {
    if (JourneykitError.isInstance(error)) return { error: error.code };
    throw error;
  }
}

type ReadPath = (ndjson: string, options: Ga4ExportOptions, cuts: readonly number[]) => Promise<EventLog>;

const READ_PATHS: Record<string, ReadPath> = {
  "the event stream": (ndjson, options) => EventLog.fromAsync(readGa4Export(ndjson, options)),
  "readLog over batches": async (ndjson, options) => (await readLog(ga4Adapter, ndjson, options)).log,
  "the file in parts": async (ndjson, options, picks) => {
    const bytes = encoder.encode(`${ndjson}\n`);
    // Stitching needs every row in one place; the threaded reader reads it on one thread.
    const cuts = options.identity === "stitched" ? [] : cutsAt(bytes, picks);
    return (await parts.read(bytes, cuts, options)).log;
  },
};

describe("shuffling an export's rows", () => {
  for (const [path, read] of Object.entries(READ_PATHS)) {
    it(`changes no analysis result, read through ${path}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          rowsArbitrary,
          fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 3 }),
          optionsArbitrary,
          journeyArbitrary,
          async (rows, keys, picks, options, journey) => {
            const inFileOrder = await read(toNdjson(rows), options, picks);
            const reordered = await read(toNdjson(shuffled(rows, keys)), options, picks);
            expect(JSON.stringify([...reordered])).toBe(JSON.stringify([...inFileOrder]));
            expect(analyses(reordered, journey)).toEqual(analyses(inFileOrder, journey));
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it("gives the same log on every read path", async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, optionsArbitrary, async (rows, options) => {
        const ndjson = toNdjson(rows);
        const logs = await Promise.all(
          Object.values(READ_PATHS).map(async (read) =>
            JSON.stringify([...(await read(ndjson, options, [0.5]))]),
          ),
        );
        expect(new Set(logs).size).toBe(1);
      }),
      { numRuns: 40 },
    );
  });
});
