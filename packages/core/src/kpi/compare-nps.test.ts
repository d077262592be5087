import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidScoreError } from "../errors/invalid-score-error";
import { compareNps } from "./compare-nps";
import { nps } from "./nps";

const counts = fc
  .record({
    promoters: fc.integer({ min: 0, max: 400 }),
    passives: fc.integer({ min: 0, max: 400 }),
    detractors: fc.integer({ min: 0, max: 400 }),
  })
  .filter((sample) => sample.promoters + sample.passives + sample.detractors > 0);

describe("compareNps", () => {
  // Worked by hand: A = 60/20/20 (NPS 40), B = 40/30/30 (NPS 10). Var_A = .6 + .2 - .4^2 = .64,
  // Var_B = .4 + .3 - .1^2 = .69, SE = sqrt(.64/100 + .69/100) = 0.11533, z = .3 / SE = 2.6013,
  // p = 2 (1 - Φ(2.6013)) = 0.0092863 (SciPy: 2 * norm.sf(2.6013299085723602)).
  it("computes the Wald difference test by hand", () => {
    const result = compareNps(
      { promoters: 60, passives: 20, detractors: 20 },
      { promoters: 40, passives: 30, detractors: 30 },
      { interval: "wald" },
    );
    expect(result.difference).toBeCloseTo(30, 12);
    expect(result.standardError).toBeCloseTo(100 * Math.sqrt(0.0133), 10);
    expect(result.z).toBeCloseTo(2.6013299085723602, 10);
    expect(result.pValue).toBeCloseTo(0.009286310233074375, 12);
    expect(result.significant).toBe(true);
    expect(result.interval.lower).toBeCloseTo(30 - 1.959963984540054 * 100 * Math.sqrt(0.0133), 9);
  });

  // MeasuringU, "How to Statistically Compare Two Net Promoter Scores" (Lewis & Sauro, 2021), and
  // Rocks' R package NPS (nps_test with test = "adjusted.wald"): add 3/4 promoter, 3/4 detractor
  // and 3 respondents to each sample, then a z test on the adjusted difference.
  it("uses the adjusted-Wald test by default", () => {
    const result = compareNps(
      { promoters: 6, passives: 2, detractors: 2 },
      { promoters: 3, passives: 3, detractors: 4 },
    );
    const adjust = (p: number, d: number) => {
      const share = (p + 0.75) / 13;
      const detractors = (d + 0.75) / 13;
      return { centre: share - detractors, variance: share + detractors - (share - detractors) ** 2 };
    };
    const a = adjust(6, 2);
    const b = adjust(3, 4);
    const se = Math.sqrt(a.variance / 13 + b.variance / 13);
    expect(result.difference).toBeCloseTo(40 - -10, 12); // unadjusted
    expect(result.z).toBeCloseTo((a.centre - b.centre) / se, 12);
    expect(result.interval.method).toBe("adjusted-wald");
  });

  it("accepts score arrays and nps results alike", () => {
    const first = [10, 10, 9, 8, 3];
    const second = [10, 7, 6, 5, 2];
    expect(compareNps(first, second)).toEqual(compareNps(nps(first), nps(second)));
  });

  it("names the sample with a bad score", () => {
    expect(() => compareNps([10], [12])).toThrow(InvalidScoreError);
    expect(() => compareNps([10], [12])).toThrow(/argument "b"/);
  });

  it("is antisymmetric, contains its difference, and finds no difference between a sample and itself", () => {
    fc.assert(
      fc.property(
        counts,
        counts,
        fc.constantFrom("wald" as const, "adjusted-wald" as const),
        (a, b, interval) => {
          const forward = compareNps(a, b, { interval });
          const backward = compareNps(b, a, { interval });
          expect(forward.difference).toBeCloseTo(-backward.difference, 9);
          expect(forward.pValue).toBeCloseTo(backward.pValue, 12);
          expect(forward.pValue).toBeGreaterThanOrEqual(0);
          expect(forward.pValue).toBeLessThanOrEqual(1);
          expect(forward.interval.lower).toBeLessThanOrEqual(forward.difference);
          expect(forward.interval.upper).toBeGreaterThanOrEqual(forward.difference);
          const same = compareNps(a, a, { interval });
          expect(same.difference).toBe(0);
          expect(same.pValue).toBe(1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
