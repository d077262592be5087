import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmptySampleError } from "../errors/empty-sample-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { InvalidScoreError } from "../errors/invalid-score-error";
import { nps } from "./nps";
import { npsFromCounts } from "./nps-from-counts";

/** A survey with exactly these counts: 10s for promoters, 8s for passives, 3s for detractors. */
function survey(promoters: number, passives: number, detractors: number): number[] {
  return [...Array(promoters).fill(10), ...Array(passives).fill(8), ...Array(detractors).fill(3)];
}

const scoreArray = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });

describe("nps", () => {
  it("groups 9-10 as promoters, 7-8 as passives and 0-6 as detractors", () => {
    const result = nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result).toMatchObject({ promoters: 2, passives: 2, detractors: 7, n: 11 });
    expect(result.score).toBeCloseTo((100 * (2 - 7)) / 11, 12);
    expect(result.shares).toEqual({ promoters: 2 / 11, passives: 2 / 11, detractors: 7 / 11 });
  });

  // whuber's answer to "How can I calculate margin of error in a NPS result?" (Cross Validated,
  // stats.stackexchange.com/a/18609): promoters 1/2, passives 1/3, detractors 1/6 give NPS 1/3
  // and a per-respondent SD of sqrt(5/9) = 0.745; with n = 324 "NPS around 33% with a standard
  // error of about 4.1%".
  it("reproduces the Cross Validated worked example (n = 324, NPS 33, SE 4.1)", () => {
    const result = nps(survey(162, 108, 54), { interval: "wald" });
    expect(result.score).toBeCloseTo(33.33, 2);
    expect(result.standardError).toBeCloseTo(4.1, 1);
    expect(result.standardError).toBeCloseTo((100 * Math.sqrt(5 / 9)) / Math.sqrt(324), 10);
    expect(result.interval.lower).toBeCloseTo(100 / 3 - 1.959963984540054 * result.standardError, 10);
    expect(result.interval.upper).toBeCloseTo(100 / 3 + 1.959963984540054 * result.standardError, 10);
  });

  // cybaea, "Net Promoter Score confidence intervals 2: maths and stats" (2016): from
  // Var(p) = p(1-p)/n and Cov(p, d) = -pd/n, Var(NPS) = 100^2 [p + d - (p - d)^2] / n, which is
  // the variance of the respondents' +1 / 0 / -1 values divided by n.
  it("uses cybaea's closed-form variance, the variance of +1 / 0 / -1 scores over n", () => {
    fc.assert(
      fc.property(scoreArray, (scores) => {
        const result = nps(scores, { interval: "wald" });
        const values: number[] = scores.map((score) => (score >= 9 ? 1 : score <= 6 ? -1 : 0));
        const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
        const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
        expect(result.standardError).toBeCloseTo(100 * Math.sqrt(variance / values.length), 9);
      }),
      { numRuns: 150 },
    );
  });

  // MeasuringU (Sauro & Lewis, "Confidence Intervals for Net Promoter Scores", 2021), after Rocks
  // (2016): add 3 to n and 3/4 to the promoters and to the detractors, then compute the Wald
  // interval. Rocks' R package NPS does the same (pseudo_observations = c(0.75, 1.5, 0.75)).
  // Worked by hand for 5 promoters, 3 passives, 2 detractors.
  it("computes the adjusted-Wald interval as MeasuringU and Rocks describe it", () => {
    const result = nps(survey(5, 3, 2), { interval: "adjusted-wald" });
    const p = 5.75 / 13;
    const d = 2.75 / 13;
    const se = Math.sqrt((p + d - (p - d) ** 2) / 13); // 0.2149
    expect(result.score).toBe(30); // the reported score stays unadjusted
    expect(result.adjustedScore).toBeCloseTo(100 * (3 / 13), 12); // 23.08
    expect(result.standardError).toBeCloseTo(100 * se, 12);
    expect(result.interval.lower).toBeCloseTo(100 * (3 / 13 - 1.959963984540054 * se), 10); // -19.05
    expect(result.interval.upper).toBeCloseTo(100 * (3 / 13 + 1.959963984540054 * se), 10); // 65.20
    expect(result.interval.method).toBe("adjusted-wald");
  });

  it("uses adjusted Wald at 95% by default", () => {
    const result = nps(survey(5, 3, 2));
    expect(result.interval).toMatchObject({ method: "adjusted-wald", confidence: 0.95 });
  });

  it("clips the interval to [-100, 100]", () => {
    const result = nps(survey(9, 0, 1), { interval: "wald" });
    expect(result.interval.upper).toBe(100); // 80 + 1.96 * 18.97 would be 117
    expect(nps(survey(0, 1, 9), { interval: "wald" }).interval.lower).toBe(-100);
  });

  it("gives the same result for arrays and every kind of typed array", () => {
    const scores = [10, 9, 8, 7, 6, 0, 10, 3];
    const expected = nps(scores);
    for (const typed of [Uint8Array, Int8Array, Uint16Array, Int32Array, Float32Array, Float64Array]) {
      expect(nps(typed.from(scores))).toEqual(expected);
    }
  });

  describe("non-responses", () => {
    const answers = [10, 10, 6, null, undefined];

    it("are left out of n by default and counted", () => {
      const result = nps(answers);
      expect(result).toMatchObject({ n: 3, nonResponses: 2, promoters: 2, detractors: 1 });
      expect(result.score).toBeCloseTo(100 / 3, 12);
    });

    it("count as passives or detractors when asked", () => {
      expect(nps(answers, { nonResponse: "count-as-passive" })).toMatchObject({
        n: 5,
        passives: 2,
        score: 20,
      });
      expect(nps(answers, { nonResponse: "count-as-detractor" })).toMatchObject({
        n: 5,
        detractors: 3,
        score: -20,
      });
    });

    it("include NaN only when nan is non-response (a Float64Array cannot hold null)", () => {
      const typed = Float64Array.of(10, 10, 6, Number.NaN);
      expect(() => nps(typed)).toThrow(InvalidScoreError);
      expect(nps(typed, { nan: "non-response" })).toMatchObject({ n: 3, nonResponses: 1 });
    });

    it("leave an empty sample when nothing else is there", () => {
      expect(() => nps([null, undefined])).toThrow(EmptySampleError);
    });
  });

  describe("bad input", () => {
    it.each([
      [[10, 11], 1, 11],
      [[10, 9, -1], 2, -1],
      [[7.5], 0, 7.5],
      [[10, Number.NaN], 1, Number.NaN],
      [[10, "9"], 1, "9"],
      [[Number.POSITIVE_INFINITY], 0, Number.POSITIVE_INFINITY],
      [[9, 2 ** 32 + 9], 1, 2 ** 32 + 9],
      [[10, 10n], 1, 10n],
    ])("rejects %s with an InvalidScoreError naming index %i and the value", (scores, index, value) => {
      const attempt = () => nps(scores as number[]);
      expect(attempt).toThrow(InvalidScoreError);
      try {
        attempt();
      } catch (error) {
        if (!InvalidScoreError.isInstance(error)) throw error;
        expect(error.index).toBe(index);
        expect(error.value).toEqual(value);
        expect(error.code).toBe("INVALID_SCORE");
        expect(error.message).toContain(`index ${index}`);
      }
    });

    it("skips and counts invalid scores when asked", () => {
      const result = nps([10, 11, "x", 6, 7.5, Symbol("s")] as unknown as number[], { onInvalid: "skip" });
      expect(result).toMatchObject({ n: 2, skipped: 4, promoters: 1, detractors: 1, score: 0 });
    });

    it("rejects an empty array with an EmptySampleError", () => {
      expect(() => nps([])).toThrow(EmptySampleError);
      expect(() => nps([11], { onInvalid: "skip" })).toThrow(EmptySampleError);
    });

    it("names a bad option", () => {
      expect(() => nps([10], { confidence: 95 })).toThrow(InvalidOptionError);
      expect(() => nps([10], { confidence: 95 })).toThrow(/"confidence"/);
      expect(() => nps([10], { interval: "wilson" as "wald" })).toThrow(/"interval"/);
      expect(() => nps([10], { confidnce: 0.9 } as never)).toThrow(/"confidnce".*unknown key/);
      expect(() => nps(undefined as never)).toThrow(InvalidOptionError);
    });
  });

  describe("properties", () => {
    const method = fc.constantFrom("wald" as const, "adjusted-wald" as const);
    const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

    it("stays in [-100, 100] and inside its interval, whose bounds are ordered", () => {
      fc.assert(
        fc.property(scoreArray, method, confidence, (scores, interval, level) => {
          const result = nps(scores, { interval, confidence: level });
          expect(result.score).toBeGreaterThanOrEqual(-100);
          expect(result.score).toBeLessThanOrEqual(100);
          expect(result.interval.lower).toBeGreaterThanOrEqual(-100);
          expect(result.interval.upper).toBeLessThanOrEqual(100);
          expect(result.interval.lower).toBeLessThanOrEqual(result.score);
          expect(result.interval.upper).toBeGreaterThanOrEqual(result.score);
        }),
        { numRuns: 200 },
      );
    });

    it("narrows as n grows with the same shares", () => {
      fc.assert(
        fc.property(scoreArray, method, fc.integer({ min: 2, max: 20 }), (scores, interval, factor) => {
          const small = nps(scores, { interval });
          const large = nps(Array.from({ length: factor }, () => scores).flat(), { interval });
          expect(large.score).toBeCloseTo(small.score, 9);
          expect(large.interval.upper - large.interval.lower).toBeLessThanOrEqual(
            small.interval.upper - small.interval.lower + 1e-9,
          );
        }),
        { numRuns: 150 },
      );
    });

    it("does not depend on the order of the scores", () => {
      fc.assert(
        fc.property(
          scoreArray.chain((scores) =>
            fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length })),
          ),
          ([scores, shuffled]) => {
            expect(nps(shuffled)).toEqual(nps(scores));
          },
        ),
        { numRuns: 150 },
      );
    });

    it("agrees with npsFromCounts on the counts", () => {
      fc.assert(
        fc.property(scoreArray, method, (scores, interval) => {
          const result = nps(scores, { interval });
          const fromCounts = npsFromCounts(result, { interval });
          expect(fromCounts).toEqual(result);
        }),
        { numRuns: 100 },
      );
    });
  });
});
