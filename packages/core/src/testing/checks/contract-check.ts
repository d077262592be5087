import { assert, expect } from "vitest";
import type { AdapterInput, AdapterReadStream } from "../../adapter/journey-adapter";
import { batchesAsEvents } from "../batches-as-events";
import type { ConformanceCheck } from "../conformance-types";
import { expectSafeOutcome, readOutcome } from "../read-outcome";

/**
 * Checks the adapter's shape: `specificationVersion` `"v1"`, a non-empty `id`, a list of
 * `formats`, and a `read()` that returns an async iterable with a `report` promise and reads
 * nothing until it is iterated; and, when the adapter offers `readBatches`, that it is a method
 * of the same shape.
 *
 * @example
 * ```ts
 * await conformanceChecks.contract.run({ adapter, fixtures }); // rejects if adapter.specificationVersion is not "v1"
 * ```
 */
export const contractCheck: ConformanceCheck = {
  title: "declares the v1 contract: specificationVersion, id, formats and a lazy read() (and readBatches())",
  requires: [],
  async run({ adapter }) {
    expect(adapter.specificationVersion, "adapter.specificationVersion").toBe("v1");
    if (typeof adapter.id !== "string" || adapter.id === "")
      assert.fail("adapter.id must be a non-empty string");
    if (
      !Array.isArray(adapter.formats) ||
      !adapter.formats.every((format) => typeof format === "string" && format)
    ) {
      assert.fail("adapter.formats must be an array of non-empty strings");
    }
    expectLazyStream("read", (source) => adapter.read(source));
    expectSafeOutcome(adapter, await readOutcome(adapter, new Uint8Array(0)), 0, "empty input");
    if (adapter.readBatches === undefined) return;
    if (typeof adapter.readBatches !== "function")
      assert.fail("adapter.readBatches, when present, must be a function");
    expectLazyStream("readBatches", (source) => adapter.readBatches?.(source));
    const batches = batchesAsEvents(adapter);
    expectSafeOutcome(
      batches,
      await readOutcome(batches, new Uint8Array(0)),
      0,
      "empty input, readBatches()",
    );
  },
};

/** Fails unless `open` returns a stream with a report promise without touching its input. */
function expectLazyStream(method: "read" | "readBatches", open: (source: AdapterInput) => unknown): void {
  let pulled = false;
  const source: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]() {
      pulled = true;
      return { next: async () => ({ done: true, value: undefined }) };
    },
  };
  const stream = open(source) as Partial<AdapterReadStream> | undefined;
  expect(typeof stream?.[Symbol.asyncIterator], `${method}() returns an async iterable`).toBe("function");
  expect(typeof stream?.report?.then, `${method}() returns a stream with a report promise`).toBe("function");
  expect(pulled, `${method}() must not touch its input before the stream is iterated`).toBe(false);
}
