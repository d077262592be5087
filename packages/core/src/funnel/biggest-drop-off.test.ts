import { describe, expect, it } from "vitest";
import { biggestDropOff } from "./biggest-drop-off";
import type { FunnelStepResult } from "./funnel-result";

function step(index: number, count: number, previous: number, optional = false): FunnelStepResult {
  return {
    index,
    label: `s${index}`,
    optional,
    count,
    conversionFromStart: 0,
    conversionFromPrevious: 0,
    dropOff: previous - count,
    dropOffRate: previous === 0 ? 0 : (previous - count) / previous,
    timeFromPrevious: null,
    timeFromStart: null,
  };
}

describe("biggestDropOff", () => {
  it("finds the pair losing the most and the pair losing the largest share, skipping optional steps", () => {
    // 1000 -> 400 (600 lost, 60 %), optional step, 400 -> 100 (300 lost, 75 %).
    const steps = [step(0, 1000, 1000), step(1, 400, 1000), step(2, 50, 400, true), step(3, 100, 400)];
    const { byCount, byRate } = biggestDropOff(steps);
    expect(byCount).toMatchObject({ from: 0, to: 1, dropOff: 600, dropOffRate: 0.6 });
    expect(byRate).toMatchObject({ from: 1, to: 3, fromLabel: "s1", toLabel: "s3", dropOff: 300 });
  });

  it("keeps the earlier pair on a tie, and gives null when nobody entered or there is one step", () => {
    const tied = biggestDropOff([step(0, 100, 100), step(1, 50, 100), step(2, 25, 50)]);
    expect(tied.byRate).toMatchObject({ from: 0, to: 1 });
    expect(biggestDropOff([step(0, 0, 0), step(1, 0, 0)])).toEqual({ byCount: null, byRate: null });
    expect(biggestDropOff([step(0, 10, 10)])).toEqual({ byCount: null, byRate: null });
  });
});
