import { assert, expect } from "vitest";
import { READ_REPORT_LIST_LIMIT } from "../../adapter/read-report";
import { TooManyBadRecordsError } from "../../adapter/too-many-bad-records-error";
import type { ConformanceCheck } from "../conformance-types";
import { onEveryPath } from "../on-every-path";
import { expectOk, expectTypedError, readOutcome } from "../read-outcome";

/**
 * Reads every fixture that has `badRecords` with `onError: "skip"` and checks that exactly those
 * records are skipped and counted (at `badLines` when given), that `maxBadRecords` equal to their
 * number still succeeds, and that one less fails with a `TooManyBadRecordsError` whose report counts
 * the record that was one too many, as BigQuery load jobs do.
 *
 * @example
 * ```ts
 * await conformanceChecks.skipsBadRecords.run({ adapter, fixtures, capabilities: { skipsBadRows: true } });
 * ```
 */
export const skipsBadRecordsCheck: ConformanceCheck = {
  title: 'skips and counts bad records with onError "skip", and fails past maxBadRecords',
  requires: ["skipsBadRows"],
  run: onEveryPath(async (options) => {
    const fixtures = options.fixtures.filter((candidate) => (candidate.badRecords ?? 0) > 0);
    if (fixtures.length === 0) {
      assert.fail("the adapter claims skipsBadRows, but no fixture has badRecords: add one with bad records");
    }
    for (const fixture of fixtures) {
      const badRecords = fixture.badRecords ?? 0;
      const where = `fixture "${fixture.name}" (${badRecords} bad records)`;
      const skip = { ...fixture.options, onError: "skip" };
      const skipped = await readOutcome(options.adapter, fixture.input, skip);
      expectOk(skipped, `${where}, onError "skip"`);
      expect(skipped.report.rowsSkipped, `${where}: report.rowsSkipped`).toBe(badRecords);
      if (fixture.badLines !== undefined) {
        expect(
          skipped.report.skipped.map((record) => record.line),
          `${where}: the lines of report.skipped`,
        ).toEqual(fixture.badLines.slice(0, READ_REPORT_LIST_LIMIT));
      }
      if (fixture.expectedEvents !== undefined) {
        expect(skipped.events, `${where}: the events read`).toEqual(fixture.expectedEvents);
      }
      const atLimit = await readOutcome(options.adapter, fixture.input, {
        ...skip,
        maxBadRecords: badRecords,
      });
      expectOk(atLimit, `${where}, maxBadRecords ${badRecords}`);
      expect(atLimit.events, `${where}, maxBadRecords ${badRecords}: the events`).toEqual(skipped.events);

      const overLimit = await readOutcome(options.adapter, fixture.input, {
        ...skip,
        maxBadRecords: badRecords - 1,
      });
      const overWhere = `${where}, maxBadRecords ${badRecords - 1}`;
      if (overLimit.ok) assert.fail(`${overWhere}: the read succeeded, but it has one bad record too many`);
      expectTypedError(overLimit.error, overWhere);
      if (!TooManyBadRecordsError.isInstance(overLimit.error)) {
        assert.fail(`${overWhere}: expected a TooManyBadRecordsError, got ${String(overLimit.error)}`);
      }
      expect(overLimit.error.report.rowsSkipped, `${overWhere}: error.report.rowsSkipped`).toBe(badRecords);
    }
  }),
};
