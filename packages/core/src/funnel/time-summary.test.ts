import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumberList, summarizeTimes } from "./time-summary";

/** The reference: a full sort and type-7 interpolation, written plainly. */
function reference(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (f: number) => {
    const h = (sorted.length - 1) * f;
    const lo = Math.floor(h);
    return (
      (sorted[lo] as number) +
      (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] as number) - (sorted[lo] as number))
    );
  };
  return { median: q(0.5), p25: q(0.25), p75: q(0.75), p90: q(0.9) };
}

describe("summarizeTimes", () => {
  it("finds the same quantiles as sorting, with repeats and any order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 300 }), (values) => {
        const list = new NumberList();
        for (const value of values) list.push(value);
        expect(summarizeTimes(list)).toMatchObject(reference(values));
      }),
      { numRuns: 300 },
    );
  });

  it("is null for no values", () => {
    expect(summarizeTimes(new NumberList())).toBeNull();
  });
});
