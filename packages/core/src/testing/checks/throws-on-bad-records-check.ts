import { assert, expect } from "vitest";
import { AdapterReadError } from "../../errors/adapter-read-error";
import type { ConformanceCheck } from "../conformance-types";
import { onEveryPath } from "../on-every-path";
import { expectTypedError, readOutcome } from "../read-outcome";

/**
 * Reads every fixture that has `badRecords` with the default options and checks that the read
 * stops with an `AdapterReadError` at the first bad record (at `badLines[0]` when given) instead of
 * dropping it silently.
 *
 * @example
 * ```ts
 * await conformanceChecks.throwsOnBadRecords.run({ adapter, fixtures: [{ name: "bad row", input, badRecords: 1, badLines: [3] }] });
 * ```
 */
export const throwsOnBadRecordsCheck: ConformanceCheck = {
  title: 'stops at the first bad record with an AdapterReadError by default (onError "throw")',
  requires: [],
  run: onEveryPath(async (options) => {
    for (const fixture of options.fixtures.filter((candidate) => (candidate.badRecords ?? 0) > 0)) {
      const where = `fixture "${fixture.name}" (${fixture.badRecords} bad records), default options`;
      const outcome = await readOutcome(options.adapter, fixture.input, { ...fixture.options });
      if (outcome.ok) assert.fail(`${where}: the read succeeded, so bad records were dropped silently`);
      expectTypedError(outcome.error, where);
      if (!AdapterReadError.isInstance(outcome.error)) {
        assert.fail(`${where}: expected an AdapterReadError, got ${String(outcome.error)}`);
      }
      const firstLine = fixture.badLines?.[0];
      if (firstLine !== undefined) expect(outcome.error.line, `${where}: the error's line`).toBe(firstLine);
    }
  }),
};
