import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { journeyWithKpis } from "../../test/journey-with-kpis";
import { EmptySampleError } from "../errors/empty-sample-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import { funnel } from "../funnel/funnel";
import { defineJourney } from "../model/define-journey";
import type { Journey, JourneyInput } from "../model/journey";
import type { Step } from "../model/step";
import type { PurchaseOptions } from "../retention/purchase-options";
import { repeatPurchaseRate } from "../retention/repeat-purchase-rate";
import { conversionRate } from "./conversion-rate";
import { kpiReport } from "./kpi-report";
import { measureKpis } from "./measure-kpis";

const hour = 3_600_000;
const day = 24 * hour;

const journeyWith = (kpis: JourneyInput["kpis"]): Journey => defineJourney(journeyWithKpis(kpis));

// ann converts within the hour, dan after two days; bob carts before he views (wrong order),
// cem eight days later (outside the default 7-day window); eve never views.
const shop = EventLog.from([
  { customerId: "ann", timestamp: 0, name: "view_item" },
  { customerId: "ann", timestamp: hour, name: "add_to_cart" },
  { customerId: "bob", timestamp: 0, name: "add_to_cart" },
  { customerId: "bob", timestamp: hour, name: "view_item" },
  { customerId: "cem", timestamp: 0, name: "view_item" },
  { customerId: "cem", timestamp: 8 * day, name: "add_to_cart" },
  { customerId: "dan", timestamp: 0, name: "view_item" },
  { customerId: "dan", timestamp: 2 * day, name: "add_to_cart" },
  { customerId: "eve", timestamp: 0, name: "add_to_cart" },
]);

describe("measureKpis: hand-computed examples", () => {
  it("measures a conversion as the two-step funnel counts it, with the Wilson interval of 2 of 4", () => {
    const journey = journeyWith([
      {
        id: "atc",
        name: "ATC",
        kind: "conversion",
        measure: { type: "conversion", from: "view_item", to: "add_to_cart" },
      },
      {
        id: "atc-1d",
        name: "ATC in a day",
        kind: "conversion",
        unit: "percent",
        measure: { type: "conversion", from: "view_item", to: "add_to_cart", within: "1d" },
      },
    ]);
    const { measurements } = measureKpis(journey, shop);
    // ann, bob, cem and dan viewed; ann and dan added within 7 days.
    expect(measurements.atc).toMatchObject({ type: "conversion", value: 0.5, n: 4, count: 2, unit: "ratio" });
    // Wilson 95 % for 2 of 4: 0.5 ± 1.96·√(0.0625 + 1.96²/64) / (1 + 1.96²/4) = 0.1500 to 0.8500.
    expect(measurements.atc?.interval?.lower).toBeCloseTo(0.15, 4);
    expect(measurements.atc?.interval?.upper).toBeCloseTo(0.85, 4);
    // Within a day only ann converts: 1 of 4, in percent.
    expect(measurements["atc-1d"]).toMatchObject({ value: 25, n: 4, count: 1, unit: "percent" });
    const ratio = conversionRate(1, 4).interval;
    expect(measurements["atc-1d"]?.interval?.lower).toBeCloseTo(ratio.lower * 100, 10);
    expect(measurements["atc-1d"]?.interval?.upper).toBeCloseTo(ratio.upper * 100, 10);
  });

  it("measures a drop-off as 1 minus that conversion, with the mirrored interval", () => {
    const journey = journeyWith([
      {
        id: "abandon",
        name: "Abandonment",
        kind: "drop-off",
        direction: "lower-is-better",
        measure: { type: "drop-off", from: "view_item", to: "add_to_cart", within: "1d" },
      },
    ]);
    const measured = measureKpis(journey, shop).measurements.abandon;
    expect(measured).toMatchObject({ type: "drop-off", value: 0.75, n: 4, count: 3 });
    const converted = conversionRate(1, 4).interval;
    expect(measured?.interval?.lower).toBeCloseTo(1 - converted.upper, 12);
    expect(measured?.interval?.upper).toBeCloseTo(1 - converted.lower, 12);
  });

  it("measures repeat purchases, reach and the median time between two steps", () => {
    const log = EventLog.from([
      { customerId: "ann", timestamp: 0, name: "purchase" },
      { customerId: "ann", timestamp: day, name: "in_app_purchase" },
      { customerId: "bob", timestamp: 0, name: "purchase" },
      { customerId: "cem", timestamp: 0, name: "purchase" },
      { customerId: "cem", timestamp: day, name: "purchase" },
      { customerId: "ann", timestamp: 0, name: "generate_lead" },
      { customerId: "ann", timestamp: hour, name: "working_lead" },
      { customerId: "bob", timestamp: 0, name: "generate_lead" },
      { customerId: "bob", timestamp: 3 * hour, name: "working_lead" },
      { customerId: "cem", timestamp: 0, name: "generate_lead" },
      { customerId: "cem", timestamp: 2 * hour, name: "working_lead" },
      { customerId: "dan", timestamp: 0, name: "generate_lead" },
    ]);
    const journey = journeyWith([
      { id: "repeat", name: "Repeat", kind: "repeat-purchase", measure: { type: "repeat-purchase" } },
      {
        id: "repeat-any",
        name: "Repeat, app too",
        kind: "repeat-purchase",
        unit: "percent",
        measure: { type: "repeat-purchase", purchase: { anyOf: ["purchase", "in_app_purchase"] } },
      },
      {
        id: "leads",
        name: "Leads",
        kind: "custom",
        unit: "count",
        measure: { type: "reach", event: "generate_lead" },
      },
      {
        id: "speed",
        name: "Speed to lead",
        kind: "custom",
        unit: "seconds",
        measure: { type: "median-time", from: "generate_lead", to: "working_lead" },
      },
      {
        id: "speed-days",
        name: "Speed to lead (days)",
        kind: "custom",
        unit: "days",
        measure: { type: "median-time", from: "generate_lead", to: "working_lead" },
      },
    ]);
    const { measurements } = measureKpis(journey, log);
    // Only cem bought "purchase" twice; counting in-app purchases, ann did too.
    expect(measurements.repeat).toMatchObject({ value: 1 / 3, n: 3, count: 1 });
    expect(measurements["repeat-any"]).toMatchObject({ value: 200 / 3, n: 3, count: 2, unit: "percent" });
    expect(measurements.leads).toEqual({
      type: "reach",
      value: 4,
      unit: "count",
      n: 4,
      count: 4,
      interval: null,
    });
    // 1 h, 3 h and 2 h: the median is 2 h; dan was never contacted and has no time.
    expect(measurements.speed).toMatchObject({ value: 7200, n: 3, interval: null });
    expect(measurements["speed-days"]?.value).toBeCloseTo(2 / 24, 12);
  });

  it("skips, with the reason, a measure nobody was eligible for, and lists KPIs without a measure", () => {
    const journey = journeyWith([
      { id: "nps", name: "NPS", kind: "nps", unit: "score" },
      {
        id: "checkout",
        name: "Checkout",
        kind: "conversion",
        measure: { type: "conversion", from: "begin_checkout", to: "purchase" },
      },
      { id: "repeat", name: "Repeat", kind: "repeat-purchase", measure: { type: "repeat-purchase" } },
      {
        id: "time",
        name: "Time",
        kind: "custom",
        unit: "days",
        measure: { type: "median-time", from: "add_to_cart", to: "view_item", within: "1m" },
      },
      {
        id: "buyers",
        name: "Buyers",
        kind: "custom",
        unit: "count",
        measure: { type: "reach", event: "purchase" },
      },
    ]);
    const result = measureKpis(journey, shop);
    expect(result.unmeasured).toEqual(["nps"]);
    expect(result.skipped.map((skipped) => skipped.kpi)).toEqual(["checkout", "repeat", "time"]);
    expect(result.skipped[0]?.problem).toMatch(/"begin_checkout"/);
    expect(result.skipped[1]?.problem).toMatch(/"purchase"/);
    // A count of nobody is a count: 0 customers bought.
    expect(result.measurements.buyers?.value).toBe(0);
    expect(Object.keys(result.measurements)).toEqual(["buyers"]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("gives kpiReport measurements it reads as they are, so only KPIs without data show no data", () => {
    const journey = journeyWith([
      { id: "nps", name: "NPS", kind: "nps", unit: "score", target: 30 },
      {
        id: "atc",
        name: "ATC",
        kind: "conversion",
        stage: "buy",
        unit: "percent",
        target: 40,
        measure: { type: "conversion", from: "view_item", to: "add_to_cart" },
      },
    ]);
    const report = kpiReport(journey, measureKpis(journey, shop).measurements);
    expect(report.stages[1]?.kpis[0]).toMatchObject({ value: 50, n: 4, status: "met", margin: 10 });
    expect(report.totals).toEqual({ met: 1, missed: 0, noData: 1, noTarget: 0 });
  });

  it("rejects a log that is not an EventLog, bad options, and a measure that does not fit its KPI", () => {
    const journey = journeyWith([]);
    expect(() => measureKpis(journey, [] as unknown as EventLog)).toThrow(InvalidOptionError);
    expect(() => measureKpis(journey, shop, { confidence: 95 })).toThrow(/confidence/);
    const unchecked = {
      ...journey,
      kpis: [
        {
          id: "nps",
          name: "NPS",
          kind: "nps",
          unit: "score",
          direction: "higher-is-better",
          measure: { type: "reach", event: "a" },
        },
      ],
    } as Journey;
    expect(() => measureKpis(unchecked, shop)).toThrow(/kpis\.nps\.measure/);
  });
});

describe("measureKpis: properties", () => {
  const names = ["a", "b", "c", "purchase"];
  const events = journeyEventsArbitrary({ customers: 5, names, maxEvents: 40, distinctTimes: 10 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constantFrom(...names),
    fc.subarray(names, { minLength: 1, maxLength: 2 }).map((anyOf) => ({ anyOf })),
  );
  const measures = fc.record({
    from: step,
    to: step,
    within: fc.option(
      fc.integer({ min: 1, max: 10 }).map((minutes) => minutes * 60_000),
      { nil: undefined },
    ),
  });
  const journeyOf = ({ from, to, within }: { from: Step; to: Step; within: number | undefined }) => {
    const pair = { from, to, ...(within === undefined ? {} : { within }) };
    return journeyWith([
      { id: "conv", name: "C", kind: "conversion", measure: { type: "conversion", ...pair } },
      { id: "drop", name: "D", kind: "drop-off", unit: "percent", measure: { type: "drop-off", ...pair } },
      {
        id: "repeat",
        name: "R",
        kind: "repeat-purchase",
        measure: { type: "repeat-purchase", purchase: to },
      },
      { id: "time", name: "T", kind: "custom", unit: "seconds", measure: { type: "median-time", ...pair } },
    ]);
  };

  it("agrees with funnel() and repeatPurchaseRate run directly", () => {
    fc.assert(
      fc.property(events, measures, (rows, measure) => {
        const log = EventLog.from(rows);
        const { measurements, skipped } = measureKpis(journeyOf(measure), log);
        const steps = [measure.from, measure.to];
        const direct = funnel(
          log,
          measure.within === undefined ? { steps } : { steps, window: measure.within },
        );
        const [entered, converted] = direct.steps;
        if (entered === undefined || converted === undefined)
          throw new Error("a two-step funnel has two steps");
        if (entered.count === 0) {
          expect(measurements.conv).toBeUndefined();
          expect(skipped.map((entry) => entry.kpi)).toContain("conv");
        } else {
          const expected = conversionRate(converted.count, entered.count);
          expect(measurements.conv).toMatchObject({
            value: expected.value,
            n: entered.count,
            interval: expected.interval,
          });
          expect(measurements.conv?.value).toBe(converted.conversionFromPrevious);
          expect(measurements.drop?.value).toBeCloseTo(converted.dropOffRate * 100, 10);
        }
        const median = converted.timeFromPrevious?.median;
        expect(measurements.time?.value).toBe(median === undefined ? undefined : median / 1000);
        let repeat: ReturnType<typeof repeatPurchaseRate> | undefined;
        try {
          repeat = repeatPurchaseRate(log, { purchase: measure.to as PurchaseOptions["purchase"] });
        } catch (error) {
          if (!EmptySampleError.isInstance(error)) throw error;
        }
        expect(measurements.repeat?.value).toBe(repeat?.value);
        expect(measurements.repeat?.interval).toEqual(repeat?.interval);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same result whatever the input order (ties keep theirs, as the log does)", () => {
    fc.assert(
      fc.property(
        events.chain((rows) => fc.tuple(fc.constant(rows), tiePreservingShuffle(rows))),
        measures,
        ([rows, shuffled], measure) => {
          const journey = journeyOf(measure);
          expect(measureKpis(journey, EventLog.from(shuffled))).toEqual(
            measureKpis(journey, EventLog.from(rows)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("keeps every proportion and its interval inside [0, 1], the interval around the value", () => {
    fc.assert(
      fc.property(events, measures, (rows, measure) => {
        const { measurements } = measureKpis(journeyOf(measure), EventLog.from(rows));
        for (const measured of [measurements.conv, measurements.repeat]) {
          if (measured?.interval == null) continue;
          expect(measured.interval.lower).toBeGreaterThanOrEqual(0);
          expect(measured.interval.upper).toBeLessThanOrEqual(1);
          expect(measured.interval.lower).toBeLessThanOrEqual(measured.value + 1e-12);
          expect(measured.interval.upper).toBeGreaterThanOrEqual(measured.value - 1e-12);
        }
      }),
      { numRuns: 100 },
    );
  });
});
