import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { normalCdf } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";
import { studentTCdf } from "./student-t-cdf";
import { studentTQuantile } from "./student-t-quantile";

// Reference values: SciPy's scipy.stats.norm.cdf / norm.ppf / t.ppf (an independent implementation,
// Cephes), printed with repr().
describe("normalCdf and normalQuantile", () => {
  it("match SciPy's norm.cdf", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655253931457, 14);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 14);
    // Far in the tail the value is tiny but must not collapse to 0: compare relatively.
    expect(normalCdf(-10) / 7.61985302416047e-24).toBeCloseTo(1, 12);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it("match SciPy's norm.ppf", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853626951472, 13);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829303548901, 13);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 11);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(InvalidOptionError);
  });

  it("are inverse to each other", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
      }),
      { numRuns: 200 },
    );
  });
});

describe("studentTCdf and studentTQuantile", () => {
  it("match SciPy's t.ppf (and the printed t tables)", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 11);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302652729749462, 12);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 12);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272456301238, 12);
    expect(studentTQuantile(0.995, 1)).toBeCloseTo(63.656741162871526, 9);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 12);
    expect(studentTCdf(0, 3)).toBe(0.5);
  });

  it("approach the normal distribution as the degrees of freedom grow", () => {
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.959963984540054, 8);
  });

  it("are inverse to each other", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (p, df) => {
          expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
        },
      ),
      { numRuns: 150 },
    );
  });
});
