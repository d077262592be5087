import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import type { JourneyEvent } from "../model/journey-event";
import { compareFunnels } from "./compare-funnels";
import { funnel } from "./funnel";

/** A log where `entered` customers view, `carts` of them add to cart and `buys` of those buy. */
function shop(prefix: string, entered: number, carts: number, buys: number): EventLog {
  const events: JourneyEvent[] = [];
  for (let k = 0; k < entered; k += 1) {
    const customerId = `${prefix}${k}`;
    events.push({ customerId, timestamp: 0, name: "view" });
    if (k < carts) events.push({ customerId, timestamp: 1, name: "cart" });
    if (k < buys) events.push({ customerId, timestamp: 2, name: "buy" });
  }
  return EventLog.from(events);
}
const steps = ["view", "cart", "buy"];

describe("compareFunnels", () => {
  it("tests each step's conversion with a pooled two-proportion z-test", () => {
    const before = funnel(shop("a", 1000, 400, 120), { steps });
    const after = funnel(shop("b", 1000, 420, 160), { steps });
    const comparison = compareFunnels(before, after);
    // Pooled p = 280 / 2000 = 0.14; se = sqrt(0.14 * 0.86 * (2 / 1000)); z = 0.04 / se.
    const z = 0.04 / Math.sqrt(0.14 * 0.86 * 0.002);
    expect(comparison.overall.z).toBeCloseTo(z, 12);
    expect(comparison.overall.pValue).toBeCloseTo(0.00994613675, 9);
    expect(comparison.overall.significant).toBe(true);
    expect(comparison.overall.relativeChange).toBeCloseTo(1 / 3, 12);
    expect(comparison.steps[2]?.fromPrevious.a).toEqual({ successes: 120, trials: 400, rate: 0.3 });
    expect(comparison.steps[1]?.fromStart.significant).toBe(false);
  });

  it("has z squared equal to Pearson's chi-squared statistic of the 2 x 2 table", () => {
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }))
      .chain(([n1, n2]) =>
        fc.tuple(
          fc.constant(n1),
          fc.integer({ min: 0, max: n1 }),
          fc.constant(n2),
          fc.integer({ min: 0, max: n2 }),
        ),
      );
    fc.assert(
      fc.property(counts, ([n1, x1, n2, x2]) => {
        fc.pre(x1 + x2 > 0 && x1 + x2 < n1 + n2);
        const test = compareFunnels(
          funnel(shop("a", n1, x1, 0), { steps }),
          funnel(shop("b", n2, x2, 0), { steps }),
        );
        const [a, b, c, d] = [x1, n1 - x1, x2, n2 - x2];
        const n = n1 + n2;
        const chiSquared = (n * (a * d - b * c) ** 2) / ((a + b) * (c + d) * (a + c) * (b + d));
        expect((test.steps[1]?.fromStart.z ?? Number.NaN) ** 2).toBeCloseTo(chiSquared, 6);
        expect(test.steps[1]?.fromStart.pValue).toBeGreaterThanOrEqual(0);
        expect(test.steps[1]?.fromStart.pValue).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it("reports no evidence (z 0, p 1) when a side is empty", () => {
    const comparison = compareFunnels(
      funnel(shop("a", 0, 0, 0), { steps }),
      funnel(shop("b", 10, 5, 1), { steps }),
    );
    expect(comparison.overall).toMatchObject({ z: 0, pValue: 1, significant: false, relativeChange: null });
  });

  it("rejects funnels with different steps, and a bad alpha", () => {
    const a = funnel(shop("a", 5, 2, 1), { steps });
    expect(() => compareFunnels(a, funnel(shop("b", 5, 2, 1), { steps: ["view", "buy"] }))).toThrow(
      InvalidOptionError,
    );
    expect(() => compareFunnels(a, a, { alpha: 1 })).toThrow(/alpha/);
  });
});
