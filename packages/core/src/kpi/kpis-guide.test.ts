// Every example of docs/guides/kpis.md, section by section: when the guide changes, this file
// changes with it.
import { describe, expect, it } from "vitest";
import { InvalidScoreError } from "../errors/invalid-score-error";
import { EventLog } from "../event-log/event-log";
import { categorizeFeedback } from "../feedback/categorize-feedback";
import { rankPainPoints } from "../feedback/rank-pain-points";
import { defineJourney } from "../model/define-journey";
import { ces } from "./ces";
import { compareNps } from "./compare-nps";
import { conversionRate } from "./conversion-rate";
import { csat } from "./csat";
import { kpiReport } from "./kpi-report";
import { measureKpis } from "./measure-kpis";
import { nps } from "./nps";
import { npsFromCounts } from "./nps-from-counts";

describe("docs/guides/kpis.md", () => {
  it("Input: scores, non-responses and bad values", () => {
    expect(nps([10, 9, null, 6])).toMatchObject({ nonResponses: 1, n: 3 });
    expect(() => nps([10, 11])).toThrow(InvalidScoreError);
    expect(() => nps([10, 11])).toThrow(/score 11 at index 1/i);
    expect(nps([10, 11], { onInvalid: "skip" }).skipped).toBe(1);
    expect(nps(Float64Array.of(10, Number.NaN), { nan: "non-response" }).n).toBe(1);
  });

  it("Net Promoter Score", () => {
    const survey = npsFromCounts({ promoters: 162, passives: 108, detractors: 54 }, { interval: "wald" });
    expect(survey.score).toBeCloseTo(33.33, 2);
    expect(survey.standardError).toBeCloseTo(4.14, 2);
    expect(survey.interval).toMatchObject({ confidence: 0.95, method: "wald" });
    expect(survey.interval.lower).toBeCloseTo(25.22, 2);
    expect(survey.interval.upper).toBeCloseTo(41.45, 2);

    const small = nps([10, 10, 10, 10, 10, 9, 9, 8, 7, 7, 6, 3, 2]);
    expect(small).toMatchObject({ promoters: 7, detractors: 3, n: 13 });
    expect(small.score).toBeCloseTo(30.77, 2);
    expect(small.adjustedScore).toBeCloseTo(25, 12);
    expect(small.interval.lower).toBeCloseTo(-14.69, 2);
    expect(small.interval.upper).toBeCloseTo(64.69, 2);
  });

  it("Net Promoter Score: the adjusted interval always contains the score", () => {
    const one = nps([10]);
    expect(one.score).toBe(100);
    expect(one.interval.upper).toBe(100); // 98.5 before stretching
  });

  it("Comparing two scores", () => {
    const change = compareNps(
      { promoters: 60, passives: 20, detractors: 20 },
      { promoters: 40, passives: 30, detractors: 30 },
      { interval: "wald" },
    );
    expect(change.difference).toBeCloseTo(30, 12);
    expect(change.standardError).toBeCloseTo(11.53, 2);
    expect(change.pValue).toBeCloseTo(0.0093, 4);
    expect(change.significant).toBe(true);
  });

  it("CSAT", () => {
    const result = csat([5, 4, 4, 3, 1, 5, 5, 2, 4, 4]);
    expect(result.score).toBe(70);
    expect(result.interval.lower).toBeCloseTo(39.68, 2);
    expect(result.interval.upper).toBeCloseTo(89.22, 2);
    expect(result.mean).toBeCloseTo(3.7, 12);
    expect(csat([3, 3, 2, 1], { scale: 3 }).score).toBe(50);
  });

  it("CES", () => {
    const answers = [7, 6, 6, 5, 4, 2, 7, 5];
    expect(ces(answers).value).toBe(5.25);
    expect(ces(answers, { method: "agree-share" }).value).toBe(75);
  });

  it("Conversion rate and the Wilson interval", () => {
    const { interval } = conversionRate(81, 263);
    expect(interval.lower).toBeCloseTo(0.2553, 4);
    expect(interval.upper).toBeCloseTo(0.3662, 4);
    expect(conversionRate(0, 20).interval.upper).toBeCloseTo(0.1611, 4);
  });

  it("KPIs against their targets", () => {
    const journey = defineJourney({
      format: "journeykit/v1",
      id: "shop",
      name: "Shop",
      version: "1",
      kpis: [
        {
          id: "checkout",
          name: "Checkout conversion",
          kind: "conversion",
          stage: "buy",
          unit: "percent",
          target: 25,
        },
      ],
      stages: [{ id: "buy", name: "Buy", order: 1, kpis: ["checkout"] }],
    });
    const line = kpiReport(journey, { checkout: conversionRate(81, 263) }).stages[0]?.kpis[0];
    expect(line).toMatchObject({ n: 263, status: "met", clearOfTarget: true });
    expect(line?.value).toBeCloseTo(30.8, 1);
    expect(line?.interval?.lower).toBeCloseTo(25.5, 1);
    expect(line?.interval?.upper).toBeCloseTo(36.6, 1);
    expect(line?.margin).toBeCloseTo(5.8, 1);
  });

  it("Measuring KPIs from event data", () => {
    const journey = defineJourney({
      format: "journeykit/v1",
      id: "shop",
      name: "Shop",
      version: "1",
      kpis: [
        {
          id: "checkout-conversion",
          name: "Checkout conversion",
          kind: "conversion",
          stage: "buy",
          target: 0.5,
          measure: { type: "conversion", from: "begin_checkout", to: "purchase", within: "1d" },
        },
        {
          id: "cart-abandonment",
          name: "Cart abandonment",
          kind: "drop-off",
          stage: "buy",
          unit: "percent",
          target: 65,
          direction: "lower-is-better",
          measure: { type: "drop-off", from: "add_to_cart", to: "purchase" },
        },
        {
          id: "repeat",
          name: "Repeat purchase rate",
          kind: "repeat-purchase",
          measure: { type: "repeat-purchase" },
        },
        { id: "nps", name: "NPS", kind: "nps", unit: "score", target: 30 },
      ],
      stages: [{ id: "buy", name: "Buy", order: 1, kpis: ["checkout-conversion", "cart-abandonment"] }],
    });
    const minute = 60_000;
    const log = EventLog.from([
      { customerId: "ann", timestamp: 0, name: "add_to_cart" },
      { customerId: "ann", timestamp: 10 * minute, name: "begin_checkout" },
      { customerId: "ann", timestamp: 20 * minute, name: "purchase" },
      { customerId: "bob", timestamp: 0, name: "add_to_cart" },
      { customerId: "bob", timestamp: 10 * minute, name: "begin_checkout" },
      { customerId: "cem", timestamp: 0, name: "add_to_cart" },
      { customerId: "dan", timestamp: 0, name: "add_to_cart" },
      { customerId: "dan", timestamp: 5 * minute, name: "begin_checkout" },
      { customerId: "dan", timestamp: 60 * minute, name: "purchase" },
      { customerId: "dan", timestamp: 30 * 24 * 60 * minute, name: "purchase" },
    ]);
    const { measurements, skipped, unmeasured } = measureKpis(journey, log);
    expect(measurements["checkout-conversion"]).toMatchObject({
      type: "conversion",
      n: 3,
      count: 2,
      unit: "ratio",
    });
    expect(measurements["checkout-conversion"]?.value).toBeCloseTo(0.667, 3);
    expect(measurements["checkout-conversion"]?.interval?.lower).toBeCloseTo(0.2077, 4);
    expect(measurements["checkout-conversion"]?.interval?.upper).toBeCloseTo(0.9385, 4);
    expect(measurements["cart-abandonment"]).toMatchObject({
      type: "drop-off",
      value: 50,
      n: 4,
      count: 2,
      unit: "percent",
    });
    expect(measurements.repeat).toMatchObject({ type: "repeat-purchase", value: 0.5, n: 2, count: 1 });
    expect(skipped).toEqual([]);
    expect(unmeasured).toEqual(["nps"]);
    expect(kpiReport(journey, measurements).totals).toEqual({ met: 2, missed: 0, noData: 1, noTarget: 1 });
  });

  it("Feedback", () => {
    const summary = categorizeFeedback([
      { customerId: "ann", stage: "delivery", score: 3, tags: ["late-parcel"] },
      { customerId: "bob", stage: "delivery", score: 9, tags: ["friendly-driver"] },
      { customerId: "cem", stage: "delivery", score: 5, tags: ["late-parcel", "damaged"] },
      { customerId: "dan", stage: "checkout", score: 8 },
    ]);
    expect(summary.sentiment).toEqual({ positive: 1, neutral: 1, negative: 2, unscored: 0 });
    expect(summary.stages[1]?.tags[0]).toMatchObject({ tag: "late-parcel", responses: 2, customers: 2 });
    expect(summary.stages[1]?.tags[0]?.share).toBeCloseTo(0.67, 2);
  });

  it("Ranking pain points", () => {
    const journey = defineJourney({
      format: "journeykit/v1",
      id: "shop",
      name: "Shop",
      version: "1",
      stages: [
        {
          id: "checkout",
          name: "Checkout",
          order: 1,
          painPoints: [{ id: "surprise-shipping-cost", description: "Shipping cost shown late" }],
        },
        {
          id: "delivery",
          name: "Delivery",
          order: 2,
          painPoints: [{ id: "late-parcel", description: "Parcels arrive late" }],
        },
      ],
    });
    const feedback = [
      ...Array.from({ length: 12 }, (_, index) => ({
        customerId: `a${index}`,
        tags: ["surprise-shipping-cost"],
      })),
      ...Array.from({ length: 40 }, (_, index) => ({ customerId: `b${index}`, tags: ["late-parcel"] })),
    ];
    const ranking = rankPainPoints(journey, feedback, { stageDropOff: { checkout: 0.5, delivery: 0.05 } });
    expect(ranking.painPoints.map(({ id, priority }) => [id, priority])).toEqual([
      ["surprise-shipping-cost", 6],
      ["late-parcel", 2],
    ]);
  });
});
