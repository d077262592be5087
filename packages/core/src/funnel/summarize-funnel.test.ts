import { describe, expect, it } from "vitest";
import { EventLog } from "../event-log/event-log";
import { funnel } from "./funnel";
import type { FunnelOptions } from "./funnel-options";
import { planFunnel } from "./plan-funnel";
import { summarizeFunnel } from "./summarize-funnel";

describe("planFunnel", () => {
  it("rejects the options funnel() rejects, with the same error, without a log", () => {
    const bad: FunnelOptions[] = [
      { steps: [{ name: "a", optional: true }, "b"] },
      { steps: ["a", { name: "b", within: "0h" }] },
      { steps: ["a", "b"], order: "strict", exclusions: [{ event: "c" }] },
      { steps: ["a", "b"], exclusions: [{ event: "c", between: [1, 2] }] },
      { steps: ["a"], windw: "1d" } as FunnelOptions,
    ];
    for (const options of bad) {
      const inMemory = (() => {
        try {
          funnel(EventLog.from([]), options);
        } catch (error) {
          return error;
        }
      })();
      expect(inMemory).toBeDefined();
      expect(() => planFunnel(options)).toThrow(inMemory as Error);
    }
  });

  it("resolves durations, previous required steps and exclusions", () => {
    const plan = planFunnel({
      steps: ["a", { name: "b", optional: true, within: "1h" }, "c"],
      exclusions: [{ event: "x" }],
    });
    expect(plan.previousRequired).toEqual([-1, 0, 0]);
    expect(plan.within).toEqual([Number.POSITIVE_INFINITY, 3_600_000, Number.POSITIVE_INFINITY]);
    expect(plan.window).toBe(7 * 86_400_000);
    expect(plan.exclusions).toEqual([{ event: "x", from: 0, to: 2 }]);
  });
});

describe("summarizeFunnel", () => {
  it("takes the step after an optional one against the last required step", () => {
    const plan = planFunnel({ steps: ["a", { name: "b", optional: true }, "c"] });
    const summary = summarizeFunnel(plan, { count: [10, 2, 5] });
    expect(summary.steps.map((step) => [step.conversionFromPrevious, step.dropOff])).toEqual([
      [1, 0],
      [0.2, 8],
      [0.5, 5],
    ]);
    expect(summary.overallConversion).toBe(0.5);
    expect(summary.biggestDropOff.byCount).toMatchObject({ from: 0, to: 2, dropOff: 5 });
  });

  it("gives rates of 0 when nobody entered, and agrees with funnel() on an empty log", () => {
    const options: FunnelOptions = { steps: ["a", "b"] };
    const { steps, overallConversion, biggestDropOff } = funnel(EventLog.from([]), options);
    expect(summarizeFunnel(planFunnel(options), { count: [0, 0] })).toEqual({
      steps,
      overallConversion,
      biggestDropOff,
    });
    expect(overallConversion).toBe(0);
    expect(steps.map((step) => step.conversionFromPrevious)).toEqual([0, 0]);
  });

  it("uses rates another tool reported instead of those computed", () => {
    const summary = summarizeFunnel(
      { labels: ["a", "b"], optional: [false, false] },
      { count: [100, 40], reported: [undefined, { dropOff: 50 }] },
    );
    expect(summary.steps[1]).toMatchObject({ dropOff: 50, dropOffRate: 0.5, conversionFromPrevious: 0.4 });
  });
});
