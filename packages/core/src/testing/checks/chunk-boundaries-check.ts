import { expect } from "vitest";
import type { ConformanceCheck } from "../conformance-types";
import { offsetsToTry, seededRandom } from "../garbage-inputs";
import { splitAt, toAsyncIterable, toReadableStream } from "../input-forms";
import { onEveryPath } from "../on-every-path";
import { fixtureBytes, fixtureOptions, fixtureText, outcomeSummary, readOutcome } from "../read-outcome";

/** Fixtures up to this many bytes are split at every offset. */
export const DEFAULT_EXHAUSTIVE_BYTES = 4096;

/**
 * Splits every fixture in two at every byte offset (as chunks of bytes) and at every character
 * offset (as string chunks, even inside a surrogate pair), and into a few random pieces as a
 * `ReadableStream`, and checks that each split gives exactly the events and report of the
 * unsplit input. Fixtures larger than `exhaustiveBytes` are split at 200 sampled offsets.
 *
 * @example
 * ```ts
 * await conformanceChecks.chunkBoundaries.run({ adapter, fixtures }); // rejects if a split at byte 17 changes an event
 * ```
 */
export const chunkBoundariesCheck: ConformanceCheck = {
  title: "gives the same events and report wherever the chunk boundaries fall",
  requires: [],
  run: onEveryPath(async (options) => {
    const exhaustiveBytes = options.exhaustiveBytes ?? DEFAULT_EXHAUSTIVE_BYTES;
    const { adapter } = options;
    for (const fixture of options.fixtures) {
      const readOptions = fixtureOptions(fixture, options);
      const bytes = fixtureBytes(fixture);
      const expected = outcomeSummary(await readOutcome(adapter, bytes, readOptions));
      for (const offset of offsetsToTry(bytes.length, exhaustiveBytes)) {
        const actual = outcomeSummary(
          await readOutcome(adapter, toAsyncIterable(splitAt(bytes, [offset])), readOptions),
        );
        expect(actual, `fixture "${fixture.name}" split at byte ${offset} of ${bytes.length}`).toEqual(
          expected,
        );
      }
      const text = fixtureText(fixture);
      if (text !== undefined) {
        for (const offset of offsetsToTry(text.length, exhaustiveBytes)) {
          const actual = outcomeSummary(
            await readOutcome(adapter, toAsyncIterable(splitAt(text, [offset])), readOptions),
          );
          expect(
            actual,
            `fixture "${fixture.name}" as strings split at character ${offset} of ${text.length}`,
          ).toEqual(expected);
        }
      }
      const random = seededRandom(bytes.length + 1);
      for (let round = 0; round < 20; round++) {
        const cuts = Array.from({ length: 2 + (round % 4) }, () => Math.floor(random() * bytes.length));
        const actual = outcomeSummary(
          await readOutcome(adapter, toReadableStream(splitAt(bytes, cuts)), readOptions),
        );
        expect(
          actual,
          `fixture "${fixture.name}" as a ReadableStream split at bytes ${cuts.join(", ")}`,
        ).toEqual(expected);
      }
    }
  }),
};
