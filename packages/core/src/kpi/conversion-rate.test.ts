import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmptySampleError } from "../errors/empty-sample-error";
import { InvalidCountError } from "../errors/invalid-count-error";
import { conversionRate } from "./conversion-rate";

describe("conversionRate", () => {
  // Newcombe (1998), Statistics in Medicine 17:857-872, Table II, Wilson score interval.
  it("gives the rate with Newcombe's Wilson intervals", () => {
    const result = conversionRate(81, 263);
    expect(result.value).toBeCloseTo(81 / 263, 12);
    expect(result.interval.lower).toBeCloseTo(0.2553, 4);
    expect(result.interval.upper).toBeCloseTo(0.3662, 4);
    expect(result).toMatchObject({ kind: "conversion", conversions: 81, n: 263, unit: "ratio" });
    expect(conversionRate(0, 20).interval.upper).toBeCloseTo(0.1611, 4);
  });

  it("rejects a total of 0 as an empty sample", () => {
    expect(() => conversionRate(0, 0)).toThrow(EmptySampleError);
    try {
      conversionRate(3, 0);
    } catch (error) {
      expect(EmptySampleError.isInstance(error) && error.argument).toBe("total");
      expect(EmptySampleError.isInstance(error) && error.problem).toBe("is 0: nobody could have converted");
    }
  });

  it.each([
    [12, 10, "conversions"],
    [-1, 10, "conversions"],
    [1.5, 10, "conversions"],
    [1, -10, "total"],
    [Number.NaN, 10, "conversions"],
    [1, Number.POSITIVE_INFINITY, "total"],
  ])("rejects conversionRate(%s, %s), naming %s", (conversions, total, argument) => {
    expect(() => conversionRate(conversions, total)).toThrow(InvalidCountError);
    try {
      conversionRate(conversions, total);
    } catch (error) {
      expect(InvalidCountError.isInstance(error) && error.argument).toBe(argument);
    }
  });

  it("keeps the rate inside its interval, which narrows as the total grows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (total, fraction) => {
          const conversions = Math.round(fraction * total);
          const result = conversionRate(conversions, total);
          expect(result.interval.lower).toBeLessThanOrEqual(result.value);
          expect(result.interval.upper).toBeGreaterThanOrEqual(result.value);
          const larger = conversionRate(conversions * 10, total * 10);
          expect(larger.interval.upper - larger.interval.lower).toBeLessThan(
            result.interval.upper - result.interval.lower,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
