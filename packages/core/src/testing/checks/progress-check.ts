import { assert, expect } from "vitest";
import type { ReadProgress } from "../../adapter/read-options";
import type { ConformanceCheck } from "../conformance-types";
import { splitAt, toAsyncIterable } from "../input-forms";
import { onEveryPath } from "../on-every-path";
import { expectOk, fixtureBytes, fixtureOptions, readableFixtures, readOutcome } from "../read-outcome";

/**
 * Reads every fixture in several chunks with `onProgress` and checks that progress is reported,
 * never goes back, and ends at the report's `bytesRead` and `rowsRead`.
 *
 * @example
 * ```ts
 * await conformanceChecks.progress.run({ adapter, fixtures }); // rejects if onProgress is never called
 * ```
 */
export const progressCheck: ConformanceCheck = {
  title: "reports progress in bytes and rows through onProgress, ending at the totals",
  requires: [],
  run: onEveryPath(async (options) => {
    for (const fixture of readableFixtures(options)) {
      const bytes = fixtureBytes(fixture);
      const pieces = splitAt(bytes, [1, Math.floor(bytes.length / 3), Math.floor((2 * bytes.length) / 3)]);
      const seen: ReadProgress[] = [];
      const where = `fixture "${fixture.name}"`;
      const outcome = await readOutcome(options.adapter, toAsyncIterable(pieces), {
        ...fixtureOptions(fixture, options),
        onProgress: (progress: ReadProgress) => seen.push({ ...progress }),
      });
      expectOk(outcome, where);
      const last = seen.at(-1);
      if (last === undefined) assert.fail(`${where}: onProgress was never called`);
      seen.forEach((progress, index) => {
        const before = seen[index - 1];
        if (before !== undefined && (progress.bytes < before.bytes || progress.rows < before.rows)) {
          assert.fail(
            `${where}: progress went back from ${JSON.stringify(before)} to ${JSON.stringify(progress)}`,
          );
        }
      });
      expect(last, `${where}: the last progress report`).toEqual({
        bytes: outcome.report.bytesRead,
        rows: outcome.report.rowsRead,
      });
    }
  }),
};
