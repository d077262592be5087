import type { ConformanceCheck } from "../conformance-types";
import { garbageInputs, mutationsOf, offsetsToTry } from "../garbage-inputs";
import { onEveryPath } from "../on-every-path";
import { expectSafeOutcome, fixtureBytes, fixtureOptions, readOutcome } from "../read-outcome";
import { DEFAULT_EXHAUSTIVE_BYTES } from "./chunk-boundaries-check";

/**
 * Feeds the adapter garbage (random bytes, invalid UTF-8, unterminated quotes and objects, deep
 * nesting, a huge line, control characters), every fixture truncated at every offset, and small
 * random edits of every fixture, with `onError` `"throw"` and (when claimed) `"skip"`. Each read
 * must end with valid events and an honest report, or with a typed `JourneykitError` (an
 * `AdapterReadError` with a line number); never a raw `TypeError`, and never an adapter crash.
 *
 * @example
 * ```ts
 * await conformanceChecks.badInput.run({ adapter, fixtures }); // rejects if some garbage throws a raw TypeError
 * ```
 */
export const badInputCheck: ConformanceCheck = {
  title: "turns truncated and garbage input into events, counted skips or typed errors, never a crash",
  requires: [],
  run: onEveryPath(async (options) => {
    const { adapter, fixtures } = options;
    const exhaustiveBytes = options.exhaustiveBytes ?? DEFAULT_EXHAUSTIVE_BYTES;
    const onErrorModes = options.capabilities?.skipsBadRows === true ? ["throw", "skip"] : ["throw"];
    const adapterOptions = fixtures[0]?.options ?? {};
    for (const onError of onErrorModes) {
      for (const { name, input } of garbageInputs()) {
        const outcome = await readOutcome(adapter, input, { ...adapterOptions, onError });
        expectSafeOutcome(adapter, outcome, input.length, `garbage "${name}" with onError "${onError}"`);
      }
      for (const [index, fixture] of fixtures.entries()) {
        const bytes = fixtureBytes(fixture);
        const readOptions = { ...fixtureOptions(fixture, options), onError };
        for (const offset of offsetsToTry(bytes.length, exhaustiveBytes)) {
          const outcome = await readOutcome(adapter, bytes.subarray(0, offset), readOptions);
          expectSafeOutcome(
            adapter,
            outcome,
            offset,
            `fixture "${fixture.name}" cut at byte ${offset}, onError "${onError}"`,
          );
        }
        for (const [number, mutated] of mutationsOf(bytes, 30, index + 1).entries()) {
          const outcome = await readOutcome(adapter, mutated, readOptions);
          const where = `fixture "${fixture.name}" with random edit #${number + 1}, onError "${onError}": ${JSON.stringify(new TextDecoder().decode(mutated).slice(0, 200))}`;
          expectSafeOutcome(adapter, outcome, mutated.length, where);
        }
      }
    }
  }),
};
