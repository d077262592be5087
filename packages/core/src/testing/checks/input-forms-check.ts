import { expect } from "vitest";
import type { AdapterInput } from "../../adapter/journey-adapter";
import type { ConformanceCheck, ConformanceFixture } from "../conformance-types";
import { splitAt, toAsyncIterable, toReadableStream } from "../input-forms";
import { onEveryPath } from "../on-every-path";
import { fixtureBytes, fixtureOptions, fixtureText, outcomeSummary, readOutcome } from "../read-outcome";

function everyOffset(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

/** The fixture in every form an AdapterInput can take, each with a name. */
function inputForms(fixture: ConformanceFixture): [string, () => AdapterInput][] {
  const bytes = fixtureBytes(fixture);
  const text = fixtureText(fixture);
  const forms: [string, () => AdapterInput][] = [
    ["a ReadableStream of one chunk", () => toReadableStream([bytes])],
    ["an async iterable of one Uint8Array", () => toAsyncIterable([bytes])],
    [
      "a ReadableStream of one-byte chunks",
      () => toReadableStream(splitAt(bytes, everyOffset(bytes.length))),
    ],
  ];
  if (text !== undefined) {
    forms.push(
      ["a string", () => text],
      ["an async iterable of one string", () => toAsyncIterable([text])],
      [
        "an async iterable of one-character strings",
        () => toAsyncIterable(splitAt(text, everyOffset(text.length))),
      ],
      ["an async iterable of bytes and strings", () => mixedChunks(text)],
    );
  }
  return forms;
}

/** The text as alternating byte and string chunks, cut between characters. */
function mixedChunks(text: string): AsyncIterable<Uint8Array | string> {
  const characters = [...text];
  const chunks: (Uint8Array | string)[] = [];
  for (let start = 0; start < characters.length; start += 7) {
    const piece = characters.slice(start, start + 7).join("");
    chunks.push(chunks.length % 2 === 0 ? new TextEncoder().encode(piece) : piece);
  }
  return toAsyncIterable(chunks);
}

/**
 * Reads every fixture as a `Uint8Array`, then as a string, a `ReadableStream`, async iterables of
 * bytes and of strings, one byte or one character at a time, and checks that every form gives
 * the same events and report.
 *
 * @example
 * ```ts
 * await conformanceChecks.inputForms.run({ adapter, fixtures }); // rejects if a ReadableStream reads differently
 * ```
 */
export const inputFormsCheck: ConformanceCheck = {
  title: "reads strings, bytes, ReadableStreams and async iterables of bytes or strings alike",
  requires: [],
  run: onEveryPath(async (options) => {
    for (const fixture of options.fixtures) {
      const readOptions = fixtureOptions(fixture, options);
      const expected = outcomeSummary(await readOutcome(options.adapter, fixtureBytes(fixture), readOptions));
      for (const [form, input] of inputForms(fixture)) {
        const actual = outcomeSummary(await readOutcome(options.adapter, input(), readOptions));
        expect(actual, `fixture "${fixture.name}" read from ${form}, compared with a Uint8Array`).toEqual(
          expected,
        );
      }
    }
  }),
};
