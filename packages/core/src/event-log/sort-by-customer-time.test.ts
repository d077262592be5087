import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortByCustomerThenTime } from "./sort-by-customer-time";

/** The reference: a stable sort of input indexes by customer, then time. */
function reference(customer: number[], timestamp: number[]): number[] {
  return customer
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (customer[a] as number) - (customer[b] as number) ||
        (timestamp[a] as number) - (timestamp[b] as number) ||
        a - b,
    );
}

describe("sortByCustomerThenTime", () => {
  it("sorts long runs in any order, nearly sorted or not, keeping ties in input order", () => {
    const runs = fc.array(fc.record({ customer: fc.nat(2), time: fc.nat(30) }), {
      minLength: 1,
      maxLength: 400,
    });
    fc.assert(
      fc.property(runs, fc.boolean(), (rows, reversed) => {
        const sorted = reversed ? [...rows].sort((a, b) => b.time - a.time) : rows;
        const customer = sorted.map((row) => row.customer);
        const timestamp = sorted.map((row) => row.time);
        const { order } = sortByCustomerThenTime(
          Uint32Array.from(customer),
          Float64Array.from(timestamp),
          sorted.length,
          3,
        );
        expect(Array.from(order)).toEqual(reference(customer, timestamp));
      }),
      { numRuns: 150 },
    );
  });

  it("handles a run in reverse time order (the comparison-sort fallback)", () => {
    const size = 1000;
    const timestamp = Float64Array.from({ length: size }, (_, i) => size - i);
    const { order } = sortByCustomerThenTime(new Uint32Array(size), timestamp, size, 1);
    expect(Array.from(order)).toEqual(Array.from({ length: size }, (_, i) => size - 1 - i));
  });
});
