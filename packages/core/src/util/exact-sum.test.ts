import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listAndShuffled } from "../../test/arbitraries/list-and-shuffled";
import { ExactSum, exactSum } from "./exact-sum";

describe("exactSum", () => {
  // Worked examples from the documentation and tests of Python's math.fsum, which implements the
  // same algorithm (Shewchuk, "Adaptive Precision Floating-Point Arithmetic", 1997).
  it.each([
    [[], 0],
    [Array(10).fill(0.1), 1],
    [[1e100, 1, -1e100, 1e-100, 1e50, -1, -1e50], 1e-100],
    [[2 ** 53, -0.5, -(2 ** -54)], 2 ** 53 - 1],
    [[2 ** 53, 1, 2 ** -100], 2 ** 53 + 2],
  ])("sums %j to %d exactly", (values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  it("gives the same total in any order", () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      fc.integer(),
    );
    fc.assert(
      fc.property(listAndShuffled(fc.array(value, { maxLength: 30 })), ([values, shuffled]) => {
        expect(exactSum(shuffled)).toBe(exactSum(values));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a running total that can be read at any time", () => {
    const sum = new ExactSum();
    sum.add(0.1);
    sum.add(0.2);
    expect(sum.value()).toBe(0.30000000000000004);
    sum.add(-0.1);
    expect(sum.value()).toBe(0.2);
  });
});
