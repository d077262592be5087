import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { InvalidScoreError } from "../errors/invalid-score-error";
import { ces } from "./ces";

describe("ces", () => {
  const answers = [7, 6, 6, 5, 4, 2, 7, 5];

  it("reports the mean answer by default (Gartner CES 2.0, 1-7)", () => {
    const result = ces(answers);
    expect(result).toMatchObject({ method: "mean", unit: "score", value: 5.25, mean: 5.25, n: 8, scale: 7 });
    expect(result.interval).toEqual(result.meanInterval);
  });

  it("reports the agreeing share when asked: 5-7 of 7, 4-5 of 5", () => {
    const result = ces(answers, { method: "agree-share" });
    expect(result).toMatchObject({ unit: "percent", value: 75, agree: 6, agreeShare: 0.75 });
    expect(result.interval).toEqual(result.agreeInterval);
    expect(ces([5, 4, 3, 2], { scale: 5, method: "agree-share" }).value).toBe(50);
  });

  it("clips the mean's interval to the scale", () => {
    const result = ces([7, 7, 7, 6]);
    expect(result.meanInterval?.upper).toBeLessThanOrEqual(7);
  });

  it("rejects answers outside the scale and unknown methods", () => {
    expect(() => ces([8])).toThrow(InvalidScoreError);
    expect(() => ces([6], { scale: 5 })).toThrow(InvalidScoreError);
    expect(() => ces([5], { method: "median" as "mean" })).toThrow(InvalidOptionError);
  });
});
