import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { tinyAdapter } from "../../test/adapters";
import { splitAt, toAsyncIterable, toReadableStream } from "../testing/input-forms";
import { AdapterAbortError } from "./adapter-abort-error";
import { readAll } from "./read-all";

const text = "c-1,1000,signup\nc-2,2000,caf\u00e9 \u{1F600}\r\n";
const bytes = new TextEncoder().encode(text);
const expected = [
  { customerId: "c-1", timestamp: 1000, name: "signup" },
  { customerId: "c-2", timestamp: 2000, name: "caf\u00e9 \u{1F600}" },
];

/** A source that hands out `first` and then waits forever, recording whether it was released. */
function stalledSource(first: Uint8Array) {
  const released = { cancelled: false, returned: false };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(first);
    },
    cancel() {
      released.cancelled = true;
    },
  });
  let delivered = false;
  const iterable: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({
      next: () => {
        if (delivered) return new Promise<IteratorResult<Uint8Array>>(() => {});
        delivered = true;
        return Promise.resolve({ done: false, value: first });
      },
      return: () => {
        released.returned = true;
        return Promise.resolve({ done: true, value: undefined });
      },
    }),
  };
  return { stream, iterable, released };
}

describe("adapter input", () => {
  it("reads every input form to the same events and byte count", async () => {
    const pieces = splitAt(bytes, [5, 17, 30, 31, 32]);
    const inputs = [
      text,
      bytes,
      toReadableStream(pieces),
      toAsyncIterable(pieces),
      toAsyncIterable(splitAt(text, [3, 20, 27])),
      Readable.from([Buffer.from(bytes.subarray(0, 33)), Buffer.from(bytes.subarray(33))]),
    ];
    for (const input of inputs) {
      const { events, report } = await readAll(tinyAdapter, input);
      expect(events).toEqual(expected);
      expect(report.bytesRead).toBe(bytes.length);
    }
  });

  it("drops a byte order mark however the input arrives", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    for (const input of [`\uFEFF${text}`, withBom, toAsyncIterable(splitAt(withBom, [1, 2]))]) {
      const { events, report } = await readAll(tinyAdapter, input);
      expect(events).toEqual(expected);
      expect(report.bytesRead).toBe(withBom.length);
    }
  });

  it("stops waiting on a stalled web stream when the signal aborts, and cancels the stream", async () => {
    const { stream, released } = stalledSource(new TextEncoder().encode("c-1,1,a\n"));
    const controller = new AbortController();
    const read = readAll(tinyAdapter, stream, {
      signal: controller.signal,
      onProgress: () => setTimeout(() => controller.abort(), 0),
    });
    await expect(read).rejects.toSatisfy(AdapterAbortError.isInstance);
    expect(released.cancelled).toBe(true);
  });

  it("stops waiting on a stalled async iterable when the signal aborts, and returns the iterator", async () => {
    const { iterable, released } = stalledSource(new TextEncoder().encode("c-1,1,a\n"));
    const controller = new AbortController();
    const read = readAll(tinyAdapter, iterable, {
      signal: controller.signal,
      onProgress: () => setTimeout(() => controller.abort(), 0),
    });
    const error = await read.catch((caught: unknown) => caught);
    expect(AdapterAbortError.isInstance(error)).toBe(true);
    expect((error as AdapterAbortError).report.rowsRead).toBe(1);
    expect(released.returned).toBe(true);
  });

  it("releases the source when the consumer stops early", async () => {
    const { iterable, released } = stalledSource(new TextEncoder().encode("c-1,1,a\nc-1,2,b\n"));
    for await (const _ of tinyAdapter.read(iterable)) break;
    expect(released.returned).toBe(true);
  });
});
