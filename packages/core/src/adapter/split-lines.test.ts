import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineEchoAdapter, lineEvent, referenceLines } from "../../test/adapters";
import { splitAt, toAsyncIterable, toReadableStream } from "../testing/input-forms";
import { defineAdapter } from "./define-adapter";
import { readAll } from "./read-all";

// Text built from the characters that make line splitting and decoding hard: newlines, carriage
// returns, multi-byte and astral characters (split across chunks as bytes), and a byte order mark.
const trickyText = fc.string({
  unit: fc.constantFrom("a", "b", "\n", "\r", "\r\n", "\u00e9", "\u20ac", "\u{1F600}", "\uFEFF", ","),
  maxLength: 60,
});
const cutOffsets = fc.array(fc.nat({ max: 300 }), { maxLength: 12 });

function expectedEvents(text: string) {
  return referenceLines(text).map((line, index) => lineEvent(line, index + 1));
}

describe("line splitting in defineAdapter", () => {
  it("splits at \\n and \\r\\n, keeps blank lines and a last line without newline", async () => {
    const { events } = await readAll(lineEchoAdapter, "a\r\n\nb\r\nc");
    expect(events).toEqual(expectedEvents("a\r\n\nb\r\nc"));
    expect(events.map((event) => event.properties?.line)).toEqual(["a", "", "b", "c"]);
  });

  it("gives the same lines and line numbers however the bytes are chunked (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(trickyText, cutOffsets, fc.boolean(), async (text, cuts, asStream) => {
        const pieces = splitAt(new TextEncoder().encode(text), cuts);
        const input = asStream ? toReadableStream(pieces) : toAsyncIterable(pieces);
        const { events, report } = await readAll(lineEchoAdapter, input);
        expect(events).toEqual(expectedEvents(text));
        expect(report.bytesRead).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same lines however a string is chunked, even inside a surrogate pair (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(trickyText, cutOffsets, async (text, cuts) => {
        const { events, report } = await readAll(lineEchoAdapter, toAsyncIterable(splitAt(text, cuts)));
        expect(events).toEqual(expectedEvents(text));
        expect(report.bytesRead).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 200 },
    );
  });

  it('hands "text" and "bytes" sources the same content however it is chunked (fast-check)', async () => {
    const joined = (source: "text" | "bytes") =>
      defineAdapter({
        id: source,
        formats: [],
        source,
        async *parse(chunks) {
          const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
          let all = "";
          for await (const chunk of chunks)
            all += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
          yield { customerId: "c", timestamp: 0, name: "all", properties: { all } };
        },
      });
    const adapters = [joined("text"), joined("bytes")];
    await fc.assert(
      fc.asyncProperty(trickyText, cutOffsets, fc.boolean(), async (text, cuts, asBytes) => {
        const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
        const pieces = asBytes ? splitAt(new TextEncoder().encode(text), cuts) : splitAt(text, cuts);
        for (const adapter of adapters) {
          const { events } = await readAll(adapter, toAsyncIterable<Uint8Array | string>(pieces));
          expect(events[0]?.properties?.all).toBe(withoutBom);
        }
      }),
      { numRuns: 150 },
    );
  });
});
