import { assert, expect } from "vitest";
import { batchesAsEvents } from "../batches-as-events";
import type { ConformanceCheck } from "../conformance-types";
import { fixtureOptions, outcomeSummary, readOutcome } from "../read-outcome";

/**
 * Reads every fixture through `read()` and through `readBatches()`, with the fixture's options
 * and (for fixtures with bad records) with the default `onError: "throw"`, and checks that the
 * two agree: the batches are well formed, their events, expanded in order, are the events of
 * `read()`, and the reports (or the errors the reads end with) are the same.
 *
 * @example
 * ```ts
 * await conformanceChecks.batchesAgree.run({ adapter, fixtures }); // rejects if readBatches() drops an event
 * ```
 */
export const batchesAgreeCheck: ConformanceCheck = {
  title:
    "gives the same events, in the same order, and the same report through readBatches() as through read()",
  requires: ["readsBatches"],
  async run(options) {
    if (typeof options.adapter.readBatches !== "function")
      assert.fail("the adapter claims readsBatches, but has no readBatches method");
    const batches = batchesAsEvents(options.adapter);
    for (const fixture of options.fixtures) {
      const readOptions = [fixtureOptions(fixture, options)];
      if ((fixture.badRecords ?? 0) > 0) readOptions.push({ ...fixture.options, onError: "throw" });
      for (const optionsOfRead of readOptions) {
        const where = `fixture "${fixture.name}" with options ${JSON.stringify(optionsOfRead)}`;
        const expected = outcomeSummary(await readOutcome(options.adapter, fixture.input, optionsOfRead));
        const actual = outcomeSummary(await readOutcome(batches, fixture.input, optionsOfRead));
        expect(actual, `${where}: readBatches() compared with read()`).toEqual(expected);
      }
    }
  },
};
