import { assert, expect } from "vitest";
import type { ConformanceCheck } from "../conformance-types";
import { onEveryPath } from "../on-every-path";
import { expectOk, fixtureOptions, readOutcome } from "../read-outcome";

/**
 * Reads every fixture that has `duplicates` and checks that the report's `duplicatesRemoved`
 * counts exactly that many.
 *
 * @example
 * ```ts
 * await conformanceChecks.dedupes.run({ adapter, fixtures: [{ name: "twice", input, duplicates: 1 }], capabilities: { dedupes: true } });
 * ```
 */
export const dedupesCheck: ConformanceCheck = {
  title: "removes duplicate records and counts them in duplicatesRemoved",
  requires: ["dedupes"],
  run: onEveryPath(async (options) => {
    const fixtures = options.fixtures.filter((candidate) => (candidate.duplicates ?? 0) > 0);
    if (fixtures.length === 0) {
      assert.fail(
        "the adapter claims dedupes, but no fixture has duplicates: add one with duplicate records",
      );
    }
    for (const fixture of fixtures) {
      const where = `fixture "${fixture.name}" (${fixture.duplicates} duplicates)`;
      const outcome = await readOutcome(options.adapter, fixture.input, fixtureOptions(fixture, options));
      expectOk(outcome, where);
      expect(outcome.report.duplicatesRemoved, `${where}: report.duplicatesRemoved`).toBe(fixture.duplicates);
    }
  }),
};
