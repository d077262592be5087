import { assert, expect } from "vitest";
import type { ConformanceCheck } from "../conformance-types";
import { onEveryPath } from "../on-every-path";
import { expectOk, fixtureOptions, type ReadOutcome, readableFixtures, readOutcome } from "../read-outcome";
import { shuffler } from "../shuffler";
import { sortedEvents } from "../sorted-events";

/** How many other orders each fixture is read in. */
const ROUNDS = 5;

/** What must not depend on the order of the records: the events as a multiset, and the counts. */
function orderFreeSummary(outcome: ReadOutcome & { ok: true }) {
  const { rowsRead, eventsEmitted, rowsSkipped, duplicatesRemoved, details } = outcome.report;
  return {
    events: sortedEvents(outcome.events),
    counts: { rowsRead, eventsEmitted, rowsSkipped, duplicatesRemoved, details },
  };
}

/**
 * Puts the records of every fixture that reads without error in five other orders with the
 * `reorderRecords` hook (reversed, then seeded shuffles), and checks that each order gives the
 * same events as a multiset and the same `rowsRead`, `eventsEmitted`, `rowsSkipped`,
 * `duplicatesRemoved` and `details`. Line numbers, `bytesRead` and warnings may change with the
 * order, so they are not compared.
 *
 * @example
 * ```ts
 * await conformanceChecks.orderIndependence.run({ adapter, fixtures, reorderRecords });
 * // rejects if, say, the adapter numbers sessions in the order it meets them
 * ```
 */
export const orderIndependenceCheck: ConformanceCheck = {
  title: "gives the same events (as a multiset) and counts whatever order the records come in",
  requires: ["orderIndependent"],
  run: onEveryPath(async (options) => {
    const { reorderRecords } = options;
    if (typeof reorderRecords !== "function") {
      assert.fail(
        "the adapter claims orderIndependent, but there is no reorderRecords hook to reorder its fixtures with",
      );
    }
    for (const fixture of readableFixtures(options)) {
      const readOptions = fixtureOptions(fixture, options);
      const baseline = await readOutcome(options.adapter, fixture.input, readOptions);
      expectOk(baseline, `fixture "${fixture.name}"`);
      const expected = orderFreeSummary(baseline);
      for (let round = 0; round < ROUNDS; round += 1) {
        const where = `fixture "${fixture.name}" with its records in order #${round + 1} (of reorderRecords)`;
        const reordered = await reorderRecords(fixture.input, shuffler(round));
        if (typeof reordered !== "string" && !(reordered instanceof Uint8Array))
          assert.fail(`${where}: reorderRecords must return a string or a Uint8Array`);
        const outcome = await readOutcome(options.adapter, reordered, readOptions);
        expectOk(outcome, where);
        expect(orderFreeSummary(outcome), `${where}: the events (sorted) and counts`).toEqual(expected);
      }
    }
  }),
};
