import type { PurchaseInput } from "../matching/read-purchases";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { wilsonInterval } from "../stats/wilson-interval";
import { type PurchaseOptions, readBuyers } from "./purchase-options";

/**
 * What {@link repeatPurchaseRate} returns.
 *
 * @example
 * ```ts
 * const result: RepeatPurchaseRate = { value: 0.25, n: 200, repeatCustomers: 50, interval: { lower: 0.196, upper: 0.313, confidence: 0.95, method: "wilson" } };
 * ```
 */
export interface RepeatPurchaseRate {
  /** repeatCustomers / n: the share of buyers who bought again. */
  readonly value: number;
  /** Customers with at least one purchase (the denominator). */
  readonly n: number;
  /** Customers with two or more. */
  readonly repeatCustomers: number;
  /** The Wilson interval of the rate. */
  readonly interval: ConfidenceInterval;
}

/**
 * The repeat purchase rate: of the customers who bought at all, the share who bought at least
 * twice, with its Wilson interval and N.
 *
 * @param purchases - Purchase records, or an event log (see `purchase`).
 * @param options - See {@link schemas!PurchaseOptionsSchema}.
 * @returns Customers, repeat customers, the rate and its interval.
 * @throws {@link EmptySampleError} when there is no purchase at all: the rate of nobody is unknown.
 *
 * @example
 * ```ts
 * import { repeatPurchaseRate } from "@journeykit/core";
 *
 * const result = repeatPurchaseRate([
 *   { customerId: "ann", timestamp: 1, value: 10 },
 *   { customerId: "ann", timestamp: 2, value: 15 },
 *   { customerId: "bob", timestamp: 1, value: 30 },
 *   { customerId: "cai", timestamp: 3, value: 5 },
 *   { customerId: "dan", timestamp: 4, value: 5 },
 * ]);
 * result.value; // 0.25
 * result.interval; // { lower: 0.0456..., upper: 0.6993..., confidence: 0.95, method: "wilson" }
 * ```
 */
export function repeatPurchaseRate(
  purchases: PurchaseInput,
  options: PurchaseOptions = {},
): RepeatPurchaseRate {
  const { confidence, customers } = readBuyers(purchases, options, "repeatPurchaseRate");
  const repeatCustomers = customers.filter((customer) => customer.times.length >= 2).length;
  return {
    value: repeatCustomers / customers.length,
    n: customers.length,
    repeatCustomers,
    interval: wilsonInterval(repeatCustomers, customers.length, confidence),
  };
}
