import { assert, expect } from "vitest";
import type { AdapterInput, JourneyAdapterV1 } from "../../adapter/journey-adapter";
import { readLog } from "../../adapter/read-log";
import type { ConformanceCheck } from "../conformance-types";
import { fixtureOptions, readableFixtures } from "../read-outcome";

/** The log `readLog` builds, as plain data to compare, with the report. */
async function logOf(adapter: JourneyAdapterV1, input: AdapterInput, options: Record<string, unknown>) {
  const { log, report } = await readLog(adapter, input, options);
  return { size: log.size, events: [...log], report };
}

/**
 * Builds each fixture's `EventLog` with `readLog`, which takes the adapter's batches, and again
 * from the adapter with `readBatches` hidden, so that `readLog` takes its events, and checks that
 * the two logs hold the same events in the same order, with the same report.
 *
 * @example
 * ```ts
 * await conformanceChecks.readLog.run({ adapter, fixtures }); // rejects if the batches build another log
 * ```
 */
export const readLogCheck: ConformanceCheck = {
  title: "builds the same EventLog with readLog() from its batches as from its events",
  requires: ["readsBatches"],
  async run(options) {
    const { adapter } = options;
    if (typeof adapter.readBatches !== "function")
      assert.fail("the adapter claims readsBatches, but has no readBatches method");
    // The same adapter without readBatches: readLog then has only events to build from.
    const eventsOnly: JourneyAdapterV1 = {
      specificationVersion: adapter.specificationVersion,
      id: adapter.id,
      formats: adapter.formats,
      read: (input, readOptions) => adapter.read(input, readOptions),
    };
    for (const fixture of readableFixtures(options)) {
      const readOptions = fixtureOptions(fixture, options);
      const fromEvents = await logOf(eventsOnly, fixture.input, readOptions);
      const fromBatches = await logOf(adapter, fixture.input, readOptions);
      expect(
        fromBatches,
        `fixture "${fixture.name}": readLog() from batches, compared with from events`,
      ).toEqual(fromEvents);
    }
  },
};
