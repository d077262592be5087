import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmptySampleError } from "../errors/empty-sample-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { InvalidScoreError } from "../errors/invalid-score-error";
import { wilsonInterval } from "../stats/wilson-interval";
import { csat } from "./csat";

describe("csat", () => {
  // Delighted, "CSAT Projects" (help.delighted.com/article/533-csat-surveys): CSAT = (total
  // satisfied responses / total responses) x 100; on the 1-5 scale the satisfied answers are
  // 4 (somewhat satisfied) and 5 (very satisfied); on the 3-point smiley scale, the top smiley.
  it("follows Delighted's definition on the 5-point scale", () => {
    // 100 responses: 45 fives, 25 fours, 15 threes, 10 twos, 5 ones -> 70 satisfied.
    const scores = [
      ...Array(45).fill(5),
      ...Array(25).fill(4),
      ...Array(15).fill(3),
      ...Array(10).fill(2),
      ...Array(5).fill(1),
    ];
    const result = csat(scores);
    expect(result.score).toBe(70);
    expect(result.share).toBe(0.7);
    expect(result.satisfied).toBe(70);
    expect(result.n).toBe(100);
    expect(result.mean).toBeCloseTo((45 * 5 + 25 * 4 + 15 * 3 + 10 * 2 + 5) / 100, 12);
  });

  it("follows Delighted's definition on the 3-point scale: only the top smiley is satisfied", () => {
    expect(csat([3, 3, 2, 1], { scale: 3 }).score).toBe(50);
    expect(csat([3, 3, 2, 1], { scale: 3, topBox: 2 }).score).toBe(75);
  });

  it("counts the top two boxes on the 7- and 10-point scales", () => {
    expect(csat([7, 6, 5, 1], { scale: 7 }).score).toBe(50);
    expect(csat([10, 9, 8, 1], { scale: 10 }).score).toBe(50);
  });

  it("gives the Wilson interval in percent and a t interval of the mean", () => {
    const result = csat([5, 4, 4, 3, 1, 5, 5, 2, 4, 4]);
    const wilson = wilsonInterval(7, 10);
    expect(result.interval.lower).toBeCloseTo(100 * wilson.lower, 12);
    expect(result.interval.upper).toBeCloseTo(100 * wilson.upper, 12);
    expect(result.meanInterval?.method).toBe("t");
    expect(csat([4]).meanInterval).toBeNull();
  });

  it("rejects answers outside the scale, empty samples and bad options", () => {
    expect(() => csat([5, 0])).toThrow(InvalidScoreError);
    expect(() => csat([5, 6])).toThrow(/index 1/);
    expect(() => csat([4], { scale: 3 })).toThrow(InvalidScoreError);
    expect(() => csat([])).toThrow(EmptySampleError);
    expect(() => csat([5], { scale: 4 as 5 })).toThrow(InvalidOptionError);
    expect(() => csat([5], { topBox: 5 })).toThrow(/"topBox"/);
    expect(csat([5, 6, null], { onInvalid: "skip" })).toMatchObject({ n: 1, skipped: 1, nonResponses: 1 });
  });

  it("keeps the score in [0, 100], inside its interval, and independent of order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (scores) => {
        const result = csat(scores);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.interval.lower).toBeLessThanOrEqual(result.score);
        expect(result.interval.upper).toBeGreaterThanOrEqual(result.score);
        expect(csat([...scores].reverse())).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });
});
