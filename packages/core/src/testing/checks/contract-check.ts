import { assert, expect } from "vitest";
import type { ConformanceCheck } from "../conformance-types";
import { expectSafeOutcome, readOutcome } from "../read-outcome";

/**
 * Checks the adapter's shape: `specificationVersion` `"v1"`, a non-empty `id`, a list of
 * `formats`, and a `read()` that returns an async iterable with a `report` promise and reads
 * nothing until it is iterated.
 *
 * @example
 * ```ts
 * await conformanceChecks.contract.run({ adapter, fixtures }); // rejects if adapter.specificationVersion is not "v1"
 * ```
 */
export const contractCheck: ConformanceCheck = {
  title: "declares the v1 contract: specificationVersion, id, formats and a lazy read()",
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
    let pulled = false;
    const source: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]() {
        pulled = true;
        return { next: async () => ({ done: true, value: undefined }) };
      },
    };
    const stream = adapter.read(source);
    expect(typeof stream[Symbol.asyncIterator], "read() returns an async iterable").toBe("function");
    expect(typeof stream.report?.then, "read() returns a stream with a report promise").toBe("function");
    expect(pulled, "read() must not touch its input before the stream is iterated").toBe(false);
    expectSafeOutcome(adapter, await readOutcome(adapter, new Uint8Array(0)), 0, "empty input");
  },
};
