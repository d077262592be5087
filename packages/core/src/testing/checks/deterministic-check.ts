import { expect } from "vitest";
import type { AdapterInput } from "../../adapter/journey-adapter";
import type { JourneyEvent } from "../../model/journey-event";
import type { AdapterConformanceOptions, ConformanceCheck } from "../conformance-types";
import { onEveryPath } from "../on-every-path";
import { fixtureOptions, outcomeSummary, type ReadOutcome, readOutcome } from "../read-outcome";

/** Runs two reads of the same input at once, taking one event from each in turn. */
async function interleavedReads(
  adapter: AdapterConformanceOptions["adapter"],
  input: AdapterInput,
  options: Record<string, unknown>,
): Promise<ReadOutcome[]> {
  const reads = [0, 1].map(() => {
    const stream = adapter.read(input, options);
    return {
      stream,
      iterator: stream[Symbol.asyncIterator](),
      events: [] as JourneyEvent[],
      done: false,
      failure: undefined as { error: unknown } | undefined,
    };
  });
  while (reads.some((read) => !read.done)) {
    for (const read of reads) {
      if (read.done) continue;
      try {
        const result = await read.iterator.next();
        if (result.done) read.done = true;
        else read.events.push(result.value);
      } catch (error) {
        read.failure = { error };
        read.done = true;
      }
    }
  }
  return Promise.all(
    reads.map(async ({ stream, events, failure }): Promise<ReadOutcome> => {
      if (failure !== undefined) return { ok: false, error: failure.error, events };
      try {
        return { ok: true, events, report: await stream.report };
      } catch (error) {
        return { ok: false, error, events };
      }
    }),
  );
}

/**
 * Reads every fixture twice in a row, and twice at the same time with the two reads interleaved
 * event by event, and checks that all four give the same events and report: no state leaks from
 * one read into another.
 *
 * @example
 * ```ts
 * await conformanceChecks.deterministic.run({ adapter, fixtures }); // rejects if a second read differs
 * ```
 */
export const deterministicCheck: ConformanceCheck = {
  title: "gives the same output for the same input, also when two reads run at once",
  requires: [],
  run: onEveryPath(async (options) => {
    const { adapter } = options;
    for (const fixture of options.fixtures) {
      const readOptions = fixtureOptions(fixture, options);
      const first = outcomeSummary(await readOutcome(adapter, fixture.input, readOptions));
      const second = outcomeSummary(await readOutcome(adapter, fixture.input, readOptions));
      expect(second, `fixture "${fixture.name}": a second read`).toEqual(first);
      const interleaved = await interleavedReads(adapter, fixture.input, readOptions);
      interleaved.forEach((outcome, index) => {
        expect(
          outcomeSummary(outcome),
          `fixture "${fixture.name}": read ${index + 1} of two interleaved reads`,
        ).toEqual(first);
      });
    }
  }),
};
