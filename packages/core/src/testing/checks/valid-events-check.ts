import { assert, expect } from "vitest";
import type { ConformanceCheck } from "../conformance-types";
import { onEveryPath } from "../on-every-path";
import {
  expectHonestReport,
  expectOk,
  expectValidEvents,
  fixtureBytes,
  fixtureOptions,
  readableFixtures,
  readOutcome,
} from "../read-outcome";

/**
 * Reads every fixture and checks that each event is a valid `JourneyEvent` (finite timestamps,
 * safe prototypes), that the events are the fixture's `expectedEvents` when given, and that the
 * report is plain data that adds up (bytes, events, skipped records).
 *
 * @example
 * ```ts
 * await conformanceChecks.validEvents.run({ adapter, fixtures: [{ name: "one row", input, expectedEvents }] });
 * ```
 */
export const validEventsCheck: ConformanceCheck = {
  title: "reads every fixture into valid JourneyEvents (the expected ones) and an honest report",
  requires: [],
  run: onEveryPath(async (options) => {
    const fixtures = readableFixtures(options);
    if (fixtures.length === 0)
      assert.fail("no fixture can be read without errors: add one without bad records");
    for (const fixture of fixtures) {
      const outcome = await readOutcome(options.adapter, fixture.input, fixtureOptions(fixture, options));
      const where = `fixture "${fixture.name}"`;
      expectOk(outcome, where);
      expectValidEvents(outcome.events, where);
      expectHonestReport(
        options.adapter,
        outcome.report,
        outcome.events,
        fixtureBytes(fixture).length,
        where,
      );
      if (fixture.expectedEvents !== undefined) {
        expect(outcome.events, `${where}: the events read`).toEqual(fixture.expectedEvents);
      }
    }
  }),
};
