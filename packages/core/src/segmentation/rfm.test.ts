import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listAndShuffled } from "../../test/arbitraries/list-and-shuffled";
import { InvalidEventError } from "../errors/invalid-event-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import type { Purchase } from "../matching/read-purchases";
import { rfm } from "./rfm";
import { RFM_SEGMENT_MAP, RfmSegmentMapSchema, rfmSegmentIndex } from "./rfm-segment-map";

const day = 86_400_000;

describe("RFM_SEGMENT_MAP", () => {
  // The R package rfm, version 0.3.0 (github.com/rsquaredacademy/rfm at commit 6298f2e, whose
  // DESCRIPTION says 0.3.0: the rfm_segment example in R/rfm-segment.R and the vignette
  // vignettes/rfm-introduction.Rmd) segments customers with these vectors, in this order. Older
  // releases used other boundaries (Champions was recency 4-5 then), hence the version.
  const r = {
    names: [
      "Champions",
      "Potential Loyalist",
      "Loyal Customers",
      "Promising",
      "New Customers",
      "Can't Lose Them",
      "At Risk",
      "Need Attention",
      "About To Sleep",
      "Lost",
    ],
    recencyLower: [5, 3, 2, 3, 4, 1, 1, 1, 2, 1],
    recencyUpper: [5, 5, 4, 4, 5, 2, 2, 3, 3, 1],
    frequencyLower: [5, 3, 2, 1, 1, 3, 2, 3, 1, 1],
    frequencyUpper: [5, 5, 4, 3, 3, 4, 5, 5, 3, 5],
    monetaryLower: [5, 2, 2, 3, 1, 4, 4, 3, 1, 1],
    monetaryUpper: [5, 5, 4, 5, 5, 5, 5, 5, 4, 5],
  };
  const ourNames: Record<string, string> = {
    "Loyal Customers": "Loyal",
    "Potential Loyalist": "Potential loyalist",
    "New Customers": "New",
    "Can't Lose Them": "Can't lose them",
    "At Risk": "At risk",
    "Need Attention": "Needs attention",
    "About To Sleep": "About to sleep",
  };

  it("has the boundaries of the R package rfm 0.3.0, in its order, with Hibernating added last", () => {
    expect(RfmSegmentMapSchema.safeParse(RFM_SEGMENT_MAP).success).toBe(true);
    const expected = r.names.map((name, k) => ({
      name: ourNames[name] ?? name,
      recency: [r.recencyLower[k], r.recencyUpper[k]],
      frequency: [r.frequencyLower[k], r.frequencyUpper[k]],
      monetary: [r.monetaryLower[k], r.monetaryUpper[k]],
    }));
    const ours = RFM_SEGMENT_MAP.segments.map(({ name, recency, frequency, monetary }) => ({
      name,
      recency,
      frequency,
      monetary,
    }));
    expect(ours.slice(0, 10)).toEqual(expected);
    expect(ours[10]).toEqual({ name: "Hibernating", recency: [2, 3], frequency: [1, 5], monetary: [1, 5] });
    expect(RFM_SEGMENT_MAP.version).toBe("1.0.0");
  });

  it("names every score combination as rfm_segment's first-match loop does", () => {
    // rfm_segment: for each segment i in order, customers whose three scores are between the
    // bounds and who have no segment yet get segment i; the rest are "Others".
    const rSegment = (recency: number, frequency: number, monetary: number) => {
      const between = (score: number, low?: number, high?: number) =>
        score >= (low ?? 0) && score <= (high ?? 0);
      const k = r.names.findIndex(
        (_, i) =>
          between(recency, r.recencyLower[i], r.recencyUpper[i]) &&
          between(frequency, r.frequencyLower[i], r.frequencyUpper[i]) &&
          between(monetary, r.monetaryLower[i], r.monetaryUpper[i]),
      );
      return k < 0 ? "Others" : (ourNames[r.names[k] as string] ?? r.names[k]);
    };
    for (let recency = 1; recency <= 5; recency += 1) {
      for (let frequency = 1; frequency <= 5; frequency += 1) {
        for (let monetary = 1; monetary <= 5; monetary += 1) {
          const found = rfmSegmentIndex(RFM_SEGMENT_MAP, recency, frequency, monetary);
          const ours = found < 0 ? "Others" : RFM_SEGMENT_MAP.segments[found]?.name;
          const theirs = rSegment(recency, frequency, monetary);
          if (theirs === "Others" && (recency === 2 || recency === 3)) expect(ours).toBe("Hibernating");
          else expect(ours).toBe(theirs);
        }
      }
    }
  });
});

describe("rfm", () => {
  it("scores by quantile: with ten distinct values, two customers per score", () => {
    // Customer k bought k + 1 times, the last time 10 - k days before asOf, for 10 * (k + 1).
    const purchases: Purchase[] = [];
    for (let k = 0; k < 10; k += 1) {
      for (let p = 0; p <= k; p += 1) {
        purchases.push({ customerId: `c${k}`, timestamp: (100 - (10 - k) - p) * day, value: 10 });
      }
    }
    const result = rfm(purchases, { asOf: 100 * day });
    const scores = result.scores.map((c) => [
      c.customerId,
      c.recencyScore,
      c.frequencyScore,
      c.monetaryScore,
    ]);
    expect(scores).toEqual([
      ["c0", 1, 1, 1],
      ["c1", 1, 1, 1],
      ["c2", 2, 2, 2],
      ["c3", 2, 2, 2],
      ["c4", 3, 3, 3],
      ["c5", 3, 3, 3],
      ["c6", 4, 4, 4],
      ["c7", 4, 4, 4],
      ["c8", 5, 5, 5],
      ["c9", 5, 5, 5],
    ]);
    expect(result.scores[9]).toMatchObject({
      recencyDays: 1,
      frequency: 10,
      monetary: 100,
      score: "555",
      segment: "Champions",
    });
    expect(result.scores[0]).toMatchObject({ score: "111", segment: "Lost" });
    expect(result.segments.find((s) => s.name === "Champions")).toEqual({
      name: "Champions",
      count: 2,
      share: 0.2,
    });
  });

  it("gives tied customers the lowest score their ranks reach", () => {
    // Six customers bought once and four bought twice: the six are all frequency 1 (ranks 1-6
    // would span scores 1-3), the four are all 1 + floor(5 * 6 / 10) = 4.
    const purchases: Purchase[] = [];
    for (let k = 0; k < 10; k += 1) {
      purchases.push({ customerId: `c${k}`, timestamp: day, value: 5 });
      if (k >= 6) purchases.push({ customerId: `c${k}`, timestamp: 2 * day, value: 5 });
    }
    const frequencyScores = rfm(purchases, { asOf: 3 * day }).scores.map((c) => c.frequencyScore);
    expect(frequencyScores).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 4, 4]);
  });

  it("reads purchase events from a log", () => {
    const log = EventLog.from([
      { customerId: "a", timestamp: 0, name: "purchase", value: 5 },
      { customerId: "a", timestamp: day, name: "view_item" },
      { customerId: "b", timestamp: day, name: "order_completed", value: 7 },
    ]);
    expect(rfm(log, { asOf: 2 * day }).scores.map((c) => c.customerId)).toEqual(["a"]);
    expect(rfm(log, { asOf: 2 * day, purchase: "order_completed" }).scores[0]).toMatchObject({
      customerId: "b",
      monetary: 7,
      recencyDays: 1,
    });
  });

  it("does not depend on the order of the purchases", () => {
    const purchase = fc.record({
      customerId: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      timestamp: fc.integer({ min: 0, max: 20 }).map((d) => d * day),
      value: fc.double({ min: 0, max: 1000, noNaN: true }),
    });
    fc.assert(
      fc.property(listAndShuffled(fc.array(purchase, { maxLength: 30 })), ([purchases, shuffled]) => {
        expect(rfm(shuffled, { asOf: 20 * day })).toEqual(rfm(purchases, { asOf: 20 * day }));
      }),
      { numRuns: 150 },
    );
  });

  it("rejects a purchase after asOf, a map for other bins and a record without a value", () => {
    const purchases = [{ customerId: "a", timestamp: 5 * day, value: 1 }];
    expect(() => rfm(purchases, { asOf: day })).toThrowError(/customer "a" at 1970-01-06T00:00:00.000Z/);
    expect(() => rfm(purchases, { asOf: 9 * day, bins: 4 })).toThrowError(
      expect.objectContaining({ option: "segmentMap" }),
    );
    let thrown: unknown;
    try {
      rfm([...purchases, { customerId: "b", timestamp: 0, value: Number.NaN }], { asOf: 9 * day });
    } catch (error) {
      thrown = error;
    }
    expect(InvalidEventError.isInstance(thrown)).toBe(true);
    expect(thrown).toMatchObject({ index: 1, field: "value" });
    expect(() => rfm(purchases, {} as never)).toThrowError(InvalidOptionError);
  });
});
