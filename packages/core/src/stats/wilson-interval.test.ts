import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meanInterval } from "./mean-interval";
import { wilsonInterval } from "./wilson-interval";

describe("wilsonInterval", () => {
  // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857-872, Table II, method 3 (score, no continuity
  // correction), printed to four decimals.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("reproduces Newcombe's %i/%i example", (successes, trials, lower, upper) => {
    const interval = wilsonInterval(successes, trials, 0.95);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
    expect(interval.method).toBe("wilson");
  });

  it("stays in [0, 1], contains the observed share and narrows as n grows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (trials, fraction, confidence) => {
          const successes = Math.round(fraction * trials);
          const interval = wilsonInterval(successes, trials, confidence);
          const share = successes / trials;
          expect(interval.lower).toBeGreaterThanOrEqual(0);
          expect(interval.upper).toBeLessThanOrEqual(1);
          expect(interval.lower).toBeLessThanOrEqual(share);
          expect(interval.upper).toBeGreaterThanOrEqual(share);
          const larger = wilsonInterval(successes * 4, trials * 4, confidence);
          expect(larger.upper - larger.lower).toBeLessThanOrEqual(interval.upper - interval.lower + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("meanInterval", () => {
  it("is mean ± t(0.975, n - 1) s / √n", () => {
    // t(0.975, 9) = 2.262157162798205 (SciPy's scipy.stats.t.ppf), s / √n = 1 / √10.
    const interval = meanInterval(4, 1, 10, 0.95);
    expect(interval?.lower).toBeCloseTo(4 - 2.262157162798205 / Math.sqrt(10), 12);
    expect(interval?.upper).toBeCloseTo(4 + 2.262157162798205 / Math.sqrt(10), 12);
  });

  it("has no interval for a single value", () => {
    expect(meanInterval(3, 0, 1)).toBeNull();
  });
});
