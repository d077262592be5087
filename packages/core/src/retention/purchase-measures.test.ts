import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmptySampleError } from "../errors/empty-sample-error";
import { InvalidEventError } from "../errors/invalid-event-error";
import { EventLog } from "../event-log/event-log";
import type { Purchase } from "../matching/read-purchases";
import { interPurchaseTime } from "./inter-purchase-time";
import { purchaseFrequency } from "./purchase-frequency";
import { repeatPurchaseRate } from "./repeat-purchase-rate";

const day = 86_400_000;
const purchases: Purchase[] = [
  { customerId: "ann", timestamp: 0, value: 10 },
  { customerId: "ann", timestamp: 10 * day, value: 15 },
  { customerId: "ann", timestamp: 14 * day, value: 15 },
  { customerId: "bob", timestamp: 3 * day, value: 30 },
  { customerId: "bob", timestamp: 5 * day, value: 30 },
  { customerId: "cai", timestamp: 3 * day, value: 5 },
];

describe("purchase measures", () => {
  it("give the repeat purchase rate with its Wilson interval", () => {
    const result = repeatPurchaseRate(purchases);
    expect(result).toMatchObject({ value: 2 / 3, n: 3, repeatCustomers: 2 });
    // Wilson (1927) at 95 % for 2 of 3: (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n).
    expect(result.interval.lower).toBeCloseTo(0.2077, 4);
    expect(result.interval.upper).toBeCloseTo(0.9385, 4);
  });

  it("give purchase frequency as a mean and a distribution", () => {
    const result = purchaseFrequency(purchases);
    expect(result).toMatchObject({ customers: 3, purchases: 6, mean: 2 });
    expect(result.distribution).toEqual([
      { purchases: 1, customers: 1 },
      { purchases: 2, customers: 1 },
      { purchases: 3, customers: 1 },
    ]);
    // Counts 1, 2, 3: s = 1, t(0.975, 2) = 4.3027, half-width 4.3027 / √3 = 2.4841.
    expect(result.interval?.lower).toBeCloseTo(2 - 2.4841, 3);
  });

  it("give inter-purchase time quantiles (gaps of 10, 4 and 2 days)", () => {
    const result = interPurchaseTime(purchases);
    expect(result).toMatchObject({
      customers: 2,
      gaps: 3,
      minMs: 2 * day,
      medianMs: 4 * day,
      maxMs: 10 * day,
    });
    expect(result.meanMs).toBeCloseTo((16 / 3) * day, 6);
    expect(result.p25Ms).toBe(3 * day);
    expect(result.p75Ms).toBe(7 * day);
  });

  it("read purchase events from a log, by any step", () => {
    const log = EventLog.from([
      { customerId: "a", timestamp: 0, name: "purchase", value: 1 },
      { customerId: "a", timestamp: day, name: "in_store_purchase" },
      { customerId: "b", timestamp: 0, name: "purchase", value: 1 },
    ]);
    expect(repeatPurchaseRate(log).value).toBe(0);
    expect(repeatPurchaseRate(log, { purchase: { anyOf: ["purchase", "in_store_purchase"] } }).value).toBe(
      0.5,
    );
    expect(interPurchaseTime(log, { purchase: { anyOf: ["purchase", "in_store_purchase"] } }).meanMs).toBe(
      day,
    );
  });

  it("do not depend on the order of the purchases", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(purchases, { minLength: purchases.length }), (shuffled) => {
        expect(interPurchaseTime(shuffled)).toEqual(interPurchaseTime(purchases));
        expect(purchaseFrequency(shuffled)).toEqual(purchaseFrequency(purchases));
      }),
      { numRuns: 50 },
    );
  });

  it("refuse to make up a rate from no purchases, and name bad records", () => {
    expect(() => repeatPurchaseRate([])).toThrowError(EmptySampleError);
    expect(() => purchaseFrequency(EventLog.from([]))).toThrowError(EmptySampleError);
    expect(() => interPurchaseTime([{ customerId: "a", timestamp: 0, value: 1 }])).toThrowError(
      /no customer with two purchases/,
    );
    let thrown: unknown;
    try {
      repeatPurchaseRate([
        { customerId: "a", timestamp: 0, value: 1 },
        { customerId: "", timestamp: 0, value: 1 },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(InvalidEventError.isInstance(thrown)).toBe(true);
    expect(thrown).toMatchObject({ index: 1, field: "customerId" });
  });
});
