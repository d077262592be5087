import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import type { JourneyEvent } from "../model/journey-event";
import { funnel } from "./funnel";
import type { FunnelOptions } from "./funnel-options";

const MINUTE = 60_000;
const at = (
  customerId: string,
  minute: number,
  name: string,
  extra: Partial<JourneyEvent> = {},
): JourneyEvent => ({
  customerId,
  timestamp: minute * MINUTE,
  name,
  ...extra,
});
const counts = (events: readonly JourneyEvent[], options: FunnelOptions) =>
  funnel(EventLog.from(events), options).steps.map((step) => step.count);

describe("funnel: Mixpanel's A, A, B, C example", () => {
  // Mixpanel, "Funnels Deep Dive" (help.mixpanel.com/hc/en-us/articles/115004561926) and the
  // Conversion Window section of docs.mixpanel.com/docs/reports/funnels/funnels-advanced: funnel
  // A -> B -> C with a one-hour window; the user does A at 1:00 pm, A again at 1:30, B at 1:45 and
  // C at 2:15. Counting from the first A (the window is not moved by the later A) the user does
  // not convert; with re-entry ("Optimized Re-entry" there) the attempt from the second A does.
  const events = [at("u", 60, "A"), at("u", 90, "A"), at("u", 105, "B"), at("u", 135, "C")];
  const options = { steps: ["A", "B", "C"], window: "1h" } as const;

  it('entry "first" reaches B but not C: the window runs from the first A', () => {
    expect(counts(events, { ...options, entry: "first" })).toEqual([1, 1, 0]);
  });

  it('entry "any" converts through the second A, and measures times from it', () => {
    const result = funnel(EventLog.from(events), { ...options, entry: "any" });
    expect(result.steps.map((step) => step.count)).toEqual([1, 1, 1]);
    expect(result.steps[1]?.timeFromPrevious?.median).toBe(15 * MINUTE);
    expect(result.steps[2]?.timeFromStart?.median).toBe(45 * MINUTE);
  });
});

describe("funnel: reaching a step", () => {
  it("includes the window's end and excludes one millisecond more", () => {
    const log = (gap: number) => [
      at("u", 0, "A"),
      { customerId: "u", timestamp: 10 * MINUTE + gap, name: "B" },
    ];
    expect(counts(log(0), { steps: ["A", "B"], window: "10m" })).toEqual([1, 1]);
    expect(counts(log(1), { steps: ["A", "B"], window: "10m" })).toEqual([1, 0]);
  });

  it("orders events of equal time by sequence, then name, whatever the input order", () => {
    const a = { ...at("u", 5, "A"), sequence: [2] };
    const b = { ...at("u", 5, "B"), sequence: [1] };
    expect(counts([a, b], { steps: ["A", "B"] })).toEqual([1, 0]);
    expect(counts([b, a], { steps: ["B", "A"] })).toEqual([1, 1]);
    expect(counts([at("u", 5, "B"), at("u", 5, "A")], { steps: ["A", "B"] })).toEqual([1, 1]);
  });

  it("needs a distinct event for each step, even when two steps have the same name", () => {
    expect(counts([at("u", 0, "A")], { steps: ["A", "A"] })).toEqual([1, 0]);
    expect(counts([at("u", 0, "A"), at("u", 1, "A")], { steps: ["A", "A"] })).toEqual([1, 1]);
    expect(counts([at("u", 0, "A")], { steps: ["A", "A"], order: "any" })).toEqual([1, 0]);
  });

  it('"strict" breaks a chain at any other event in between', () => {
    expect(
      counts([at("u", 0, "A"), at("u", 1, "X"), at("u", 2, "B")], { steps: ["A", "B"], order: "strict" }),
    ).toEqual([1, 0]);
    expect(counts([at("u", 0, "A"), at("u", 1, "X"), at("u", 2, "B")], { steps: ["A", "B"] })).toEqual([
      1, 1,
    ]);
  });

  it('"any" order counts steps done in reverse, inside one window', () => {
    const events = [at("u", 0, "C"), at("u", 5, "B"), at("u", 9, "A")];
    expect(counts(events, { steps: ["A", "B", "C"], order: "any", window: "9m" })).toEqual([1, 1, 1]);
    expect(counts(events, { steps: ["A", "B", "C"], order: "any", window: "8m" })).toEqual([1, 1, 0]);
    expect(counts(events, { steps: ["A", "B", "C"] })).toEqual([1, 0, 0]);
  });

  it('"any" order with entry "first" opens its one window at the first event of any step', () => {
    const events = [at("u", 0, "B"), at("u", 20, "A"), at("u", 21, "B")];
    expect(counts(events, { steps: ["A", "B"], order: "any", window: "10m", entry: "first" })).toEqual([
      0, 0,
    ]);
    expect(counts(events, { steps: ["A", "B"], order: "any", window: "10m" })).toEqual([1, 1]);
  });

  it('entry "first" gives no second chance when the first attempt stalls', () => {
    const events = [at("u", 0, "A"), at("u", 100, "A"), at("u", 101, "B")];
    expect(counts(events, { steps: ["A", "B"], window: "1h", entry: "first" })).toEqual([1, 0]);
    expect(counts(events, { steps: ["A", "B"], window: "1h", entry: "any" })).toEqual([1, 1]);
  });

  it("matches steps with conditions and OR-steps", () => {
    const events = [
      at("u", 0, "page_view", { properties: { page: "/cart" } }),
      at("u", 1, "apple_pay"),
      at("v", 0, "page_view", { properties: { page: "/home" } }),
      at("v", 1, "purchase"),
    ];
    const steps = [
      { name: "page_view", where: { page: { prefix: "/cart" } } },
      { anyOf: ["purchase", "apple_pay"] },
    ];
    expect(counts(events, { steps })).toEqual([1, 1]);
  });
});

describe("funnel: per-step within", () => {
  it("bounds the time since the previous step, using a later event of that step when it fits", () => {
    const steps = ["A", "B", { name: "C", within: "30m" }] as const;
    expect(counts([at("u", 0, "A"), at("u", 10, "B"), at("u", 50, "C")], { steps: [...steps] })).toEqual([
      1, 1, 0,
    ]);
    const withLaterB = [at("u", 0, "A"), at("u", 10, "B"), at("u", 40, "B"), at("u", 50, "C")];
    const result = funnel(EventLog.from(withLaterB), { steps: [...steps] });
    expect(result.steps.map((step) => step.count)).toEqual([1, 1, 1]);
    expect(result.steps[2]?.timeFromPrevious?.median).toBe(10 * MINUTE);
  });
});

describe("funnel: optional steps", () => {
  const steps = ["view_item", { name: "apply_coupon", optional: true }, "purchase"];
  const events = [
    at("ann", 0, "view_item"),
    at("ann", 1, "purchase"),
    at("bob", 0, "view_item"),
    at("bob", 1, "apply_coupon"),
    at("bob", 2, "purchase"),
    at("cem", 0, "view_item"),
    at("cem", 1, "apply_coupon"),
    at("dan", 0, "view_item"),
  ];

  it("counts who did the optional step, and measures the next step against the last required one", () => {
    const result = funnel(EventLog.from(events), { steps });
    expect(result.steps.map((step) => step.count)).toEqual([4, 2, 2]);
    expect(result.steps[1]).toMatchObject({ optional: true, conversionFromPrevious: 0.5, dropOff: 2 });
    expect(result.steps[2]).toMatchObject({ conversionFromPrevious: 0.5, dropOff: 2, dropOffRate: 0.5 });
    expect(result.overallConversion).toBe(0.5);
    // Optional steps lose nobody: the biggest drop-off is between required steps.
    expect(result.biggestDropOff.byCount).toMatchObject({ from: 0, to: 2, dropOff: 2 });
  });

  it("lets a strict funnel pass through the optional step's event, which without it would break the chain", () => {
    const order = "strict" as const;
    // bob: view_item, apply_coupon, purchase, each the very next event.
    expect(funnel(EventLog.from(events), { steps, order }).steps.map((step) => step.count)).toEqual([
      4, 2, 2,
    ]);
    const withoutCoupon = funnel(EventLog.from(events), { steps: ["view_item", "purchase"], order });
    expect(withoutCoupon.steps.map((step) => step.count)).toEqual([4, 1]);
  });

  it("measures time from the optional step when the attempt did it", () => {
    const result = funnel(EventLog.from(events), { steps });
    // ann: view_item -> purchase 1 min; bob: apply_coupon -> purchase 1 min.
    expect(result.steps[2]?.timeFromPrevious).toMatchObject({ count: 2, median: MINUTE });
    expect(result.steps[2]?.timeFromStart).toMatchObject({ count: 2, median: 1.5 * MINUTE });
  });
});

describe("funnel: exclusions", () => {
  it("stops an attempt at an excluded event between the given steps; it keeps the steps it reached", () => {
    const steps = ["A", "B", "C"];
    const exclusions = [{ event: "X", between: [1, 2] as [number, number] }];
    expect(
      counts([at("u", 0, "A"), at("u", 1, "B"), at("u", 2, "X"), at("u", 3, "C")], { steps, exclusions }),
    ).toEqual([1, 1, 0]);
    expect(
      counts([at("u", 0, "A"), at("u", 1, "X"), at("u", 2, "B"), at("u", 3, "C")], { steps, exclusions }),
    ).toEqual([1, 1, 1]);
  });

  it("lets a new attempt start after the excluded event", () => {
    const events = [at("u", 0, "A"), at("u", 1, "X"), at("u", 2, "A"), at("u", 3, "B")];
    expect(counts(events, { steps: ["A", "B"], exclusions: [{ event: "X" }] })).toEqual([1, 1]);
    expect(counts(events, { steps: ["A", "B"], exclusions: [{ event: "X" }], entry: "first" })).toEqual([
      1, 0,
    ]);
  });
});

describe("funnel: counting by sessions", () => {
  it("treats each session as its own sequence and counts sessions", () => {
    const events = [
      at("ann", 0, "A", { sessionId: "1" }),
      at("ann", 1, "B", { sessionId: "2" }),
      at("ann", 2, "A", { sessionId: "2" }),
      at("ann", 3, "B", { sessionId: "2" }),
      at("bob", 0, "A", { sessionId: "1" }),
      at("bob", 1, "B"),
    ];
    const result = funnel(EventLog.from(events), { steps: ["A", "B"], countBy: "sessions" });
    expect(result.units).toBe(3);
    expect(result.steps.map((step) => step.count)).toEqual([3, 1]);
  });
});

describe("funnel: results", () => {
  const events = [1, 2, 3, 4].flatMap((minutes, k) => [at(`c${k}`, 0, "A"), at(`c${k}`, minutes, "B")]);

  it("summarises times with interpolated quantiles (as DuckDB's quantile_cont) and the mean", () => {
    expect(funnel(EventLog.from(events), { steps: ["A", "B"] }).steps[1]?.timeFromPrevious).toEqual({
      count: 4,
      median: 2.5 * MINUTE,
      p25: 1.75 * MINUTE,
      p75: 3.25 * MINUTE,
      p90: 3.7 * MINUTE,
      mean: 2.5 * MINUTE,
    });
  });

  it("names the biggest drop-off by count and by rate", () => {
    const many = [
      ...Array.from({ length: 10 }, (_, k) => at(`v${k}`, 0, "view")),
      ...Array.from({ length: 6 }, (_, k) => at(`v${k}`, 1, "cart")),
      ...Array.from({ length: 1 }, (_, k) => at(`v${k}`, 2, "buy")),
    ];
    const result = funnel(EventLog.from(many), { steps: ["view", "cart", "buy"] });
    expect(result.biggestDropOff.byCount).toEqual({
      from: 1,
      to: 2,
      fromLabel: "cart",
      toLabel: "buy",
      dropOff: 5,
      dropOffRate: 5 / 6,
    });
    expect(result.biggestDropOff.byRate?.to).toBe(2);
    expect(result.overallConversion).toBe(0.1);
  });

  it("is plain JSON", () => {
    const result = funnel(EventLog.from(events), { steps: ["A", "B"], breakdown: { property: "x" } });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("gives zero rates, not NaN, when nobody entered", () => {
    const result = funnel(EventLog.from([at("u", 0, "other")]), { steps: ["A", "B"] });
    expect(result.steps[1]).toMatchObject({
      count: 0,
      conversionFromStart: 0,
      conversionFromPrevious: 0,
      dropOffRate: 0,
    });
    expect(result.biggestDropOff).toEqual({ byCount: null, byRate: null });
  });
});

describe("funnel: breakdown", () => {
  const events = [
    at("ann", 0, "A", { medium: "cpc" }),
    at("ann", 1, "B", { medium: "email" }),
    at("bob", 0, "A", { medium: "cpc" }),
    at("cem", 0, "A", { medium: "organic" }),
    at("cem", 1, "B", { medium: "organic" }),
    at("dan", 0, "A"),
  ];

  it("groups by the value on the step-1 event, largest first, and sums the rest as other", () => {
    const result = funnel(EventLog.from(events), {
      steps: ["A", "B"],
      breakdown: { field: "medium", top: 1 },
    });
    expect(result.breakdown?.map((group) => [group.value, group.steps.map((step) => step.count)])).toEqual([
      ["cpc", [2, 1]],
      ["other", [2, 1]],
    ]);
  });

  it("groups by the value on the furthest step's event with at: last-step", () => {
    const result = funnel(EventLog.from(events), {
      steps: ["A", "B"],
      breakdown: { field: "medium", at: "last-step" },
    });
    expect(result.breakdown?.map((group) => [group.value, group.steps.map((step) => step.count)])).toEqual([
      ["(none)", [1, 0]],
      ["cpc", [1, 0]],
      ["email", [1, 1]],
      ["organic", [1, 1]],
    ]);
  });

  it("groups by customer segment (equal groups in order of value)", () => {
    const result = funnel(EventLog.from(events), {
      steps: ["A", "B"],
      breakdown: {
        segment: (customerId) => (customerId === "ann" || customerId === "cem" ? "vip" : undefined),
      },
    });
    expect(result.breakdown?.map((group) => [group.value, group.steps[1]?.count])).toEqual([
      ["(none)", 0],
      ["vip", 2],
    ]);
  });
});

describe("funnel: bad options", () => {
  const log = EventLog.from([at("u", 0, "A")]);
  it.each<[string, unknown]>([
    ["steps", { steps: [] }],
    ["window", { steps: ["A"], window: 0 }],
    ["window", { steps: ["A"], window: "-1d" }],
    ["window", { steps: ["A"], window: "a week" }],
    ["steps[0].optional", { steps: [{ name: "A", optional: true }] }],
    ["steps[0].within", { steps: [{ name: "A", within: "1h" }] }],
    ["steps[1].within", { steps: ["A", { name: "B", within: 0 }] }],
    ["steps[1].name", { steps: ["A", { name: "" }] }],
    ["exclusions[0].between", { steps: ["A", "B"], exclusions: [{ event: "X", between: [0, 2] }] }],
    ["exclusions[0].between", { steps: ["A", "B"], exclusions: [{ event: "X", between: [1, 1] }] }],
    ["exclusions[0].between", { steps: ["A"], exclusions: [{ event: "X" }] }],
    ["exclusions", { steps: ["A", "B"], order: "strict", exclusions: [{ event: "X" }] }],
    ["steps[1].optional", { steps: ["A", { name: "B", optional: true }], order: "any" }],
    ["countBy", { steps: ["A"], countBy: "sessions" }],
    ["order", { steps: ["A"], order: "loose" }],
  ])("rejects a bad %s with an InvalidOptionError naming it", (option, options) => {
    expect(() => funnel(log, options as FunnelOptions)).toThrow(InvalidOptionError);
    try {
      funnel(log, options as FunnelOptions);
    } catch (error) {
      expect((error as InvalidOptionError).option).toBe(option);
    }
  });
});
