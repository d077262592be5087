import { describe, expect, it } from "vitest";
import { EventLog } from "../event-log/event-log";
import type { JourneyEvent } from "../model/journey-event";
import { attribution } from "./attribution";

/** One customer per path: a touch per minute labelled by the `campaign` property, then maybe a purchase. */
function logOfPaths(paths: readonly { touches: readonly string[]; converts: boolean }[]): EventLog {
  const events: JourneyEvent[] = [];
  paths.forEach(({ touches, converts }, p) => {
    touches.forEach((campaign, t) => {
      events.push({ customerId: `p${p}`, timestamp: t * 60_000, name: "visit", properties: { campaign } });
    });
    if (converts) events.push({ customerId: `p${p}`, timestamp: touches.length * 60_000, name: "purchase" });
  });
  return EventLog.from(events);
}

const options = { conversion: "purchase", touchpoint: { property: "campaign" }, model: "markov" } as const;

function effects(log: EventLog) {
  const result = attribution(log, options);
  const byName = Object.fromEntries(
    (result.markov?.removalEffects ?? []).map((effect) => [effect.touchpoint, effect.removalEffect]),
  );
  const credit = Object.fromEntries(result.credits.map((row) => [row.touchpoint, row.credit]));
  return { result, byName, credit };
}

describe("Markov attribution, checked against answers derived by hand", () => {
  it("solves a chain without loops", () => {
    // Paths: C1 > C2 > C3 > conversion, C1 > null, C2 > C3 > null.
    // Transition counts and probabilities:
    //   start -> C1: 2 of 3 (2/3), start -> C2: 1 of 3 (1/3)
    //   C1 -> C2: 1 of 2 (1/2),     C1 -> null: 1/2
    //   C2 -> C3: 2 of 2 (1)
    //   C3 -> conversion: 1/2,      C3 -> null: 1/2
    // P(conversion) = 2/3 * 1/2 * 1 * 1/2 + 1/3 * 1 * 1/2 = 1/6 + 1/6 = 1/3.
    // Without C1 (start -> C1 leads to null): 1/3 * 1 * 1/2 = 1/6, so RE(C1) = 1 - (1/6)/(1/3) = 1/2.
    // Without C2 or C3 no path reaches the conversion: RE(C2) = RE(C3) = 1.
    // sum(RE) = 5/2; one conversion: C1 = 1 * (1/2)/(5/2) = 0.2, C2 = C3 = 1 * 1/(5/2) = 0.4.
    const { result, byName, credit } = effects(
      logOfPaths([
        { touches: ["C1", "C2", "C3"], converts: true },
        { touches: ["C1"], converts: false },
        { touches: ["C2", "C3"], converts: false },
      ]),
    );
    expect(result.markov?.conversionProbability).toBeCloseTo(1 / 3, 12);
    expect(byName).toEqual({
      C1: expect.closeTo(0.5, 12),
      C2: expect.closeTo(1, 12),
      C3: expect.closeTo(1, 12),
    });
    expect(credit).toEqual({
      C1: expect.closeTo(0.2, 12),
      C2: expect.closeTo(0.4, 12),
      C3: expect.closeTo(0.4, 12),
    });
  });

  it("solves a chain with a loop exactly, as a linear system", () => {
    // Paths: A > B > A > conversion, B > null, A > null.
    //   start -> A: 2/3, start -> B: 1/3
    //   A -> B: 1/3, A -> conversion: 1/3, A -> null: 1/3   (A is left three times)
    //   B -> A: 1/2, B -> null: 1/2
    // With x_s = P(conversion | in state s): x_A = x_B / 3 + 1/3 and x_B = x_A / 2, so
    // x_A = x_A / 6 + 1/3, x_A = 2/5, x_B = 1/5; P(conversion) = 2/3 * 2/5 + 1/3 * 1/5 = 1/3.
    // A simulation would only approximate these fractions.
    // Without A nothing converts: RE(A) = 1. Without B: x_A = 1/3, P = 2/3 * 1/3 = 2/9,
    // RE(B) = 1 - (2/9)/(1/3) = 1/3. sum(RE) = 4/3: A = 1 * 1/(4/3) = 3/4, B = (1/3)/(4/3) = 1/4.
    const { result, byName, credit } = effects(
      logOfPaths([
        { touches: ["A", "B", "A"], converts: true },
        { touches: ["B"], converts: false },
        { touches: ["A"], converts: false },
      ]),
    );
    expect(result.markov?.conversionProbability).toBeCloseTo(1 / 3, 12);
    expect(byName).toEqual({ A: expect.closeTo(1, 12), B: expect.closeTo(1 / 3, 12) });
    expect(credit).toEqual({ A: expect.closeTo(0.75, 12), B: expect.closeTo(0.25, 12) });
    const matrix = result.markov?.transitionMatrix;
    expect(matrix?.states).toEqual(["(start)", "A", "B", "(conversion)", "(null)"]);
    expect(matrix?.probabilities).toEqual([
      [0, 2 / 3, 1 / 3, 0, 0],
      [0, 0, 1 / 3, 1 / 3, 1 / 3],
      [0, 1 / 2, 0, 0, 1 / 2],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 1],
    ]);
  });

  it("remembers the last two touches with order 2", () => {
    // Paths: A > B > conversion, B > B > null, A > null. Order-2 states: (A), (B), (A B), (B B).
    //   start -> (A): 2/3, start -> (B): 1/3;  (A) -> (A B): 1/2, (A) -> null: 1/2
    //   (B) -> (B B): 1;  (A B) -> conversion: 1;  (B B) -> null: 1
    // P(conversion) = 2/3 * 1/2 = 1/3. Removing A or B (every state ending in it) stops it: RE = 1 each.
    const log = logOfPaths([
      { touches: ["A", "B"], converts: true },
      { touches: ["B", "B"], converts: false },
      { touches: ["A"], converts: false },
    ]);
    const result = attribution(log, { ...options, model: { name: "markov", order: 2 } });
    expect(result.markov?.transitionMatrix.states).toEqual([
      "(start)",
      "A",
      "A > B",
      "B",
      "B > B",
      "(conversion)",
      "(null)",
    ]);
    expect(result.markov?.conversionProbability).toBeCloseTo(1 / 3, 12);
    expect(result.credits).toEqual([
      { touchpoint: "A", credit: 0.5, share: 0.5 },
      { touchpoint: "B", credit: 0.5, share: 0.5 },
    ]);
  });
});
