import type { PurchaseInput } from "../matching/read-purchases";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { meanInterval } from "../stats/mean-interval";
import { type PurchaseOptions, readBuyers } from "./purchase-options";

/**
 * What {@link purchaseFrequency} returns.
 *
 * @example
 * ```ts
 * const result: PurchaseFrequency = {
 *   customers: 3, purchases: 6, mean: 2, interval: null,
 *   distribution: [{ purchases: 1, customers: 1 }, { purchases: 2, customers: 1 }, { purchases: 3, customers: 1 }],
 * };
 * ```
 */
export interface PurchaseFrequency {
  /** Customers with at least one purchase. */
  readonly customers: number;
  /** All their purchases. */
  readonly purchases: number;
  /** Purchases per customer. */
  readonly mean: number;
  /** The t interval of the mean; null with fewer than two customers. */
  readonly interval: ConfidenceInterval | null;
  /** How many customers made each number of purchases, by number of purchases. */
  readonly distribution: readonly { readonly purchases: number; readonly customers: number }[];
}

/**
 * Purchase frequency: how many purchases a buying customer makes, on average (with its t
 * interval) and as a distribution.
 *
 * @param purchases - Purchase records, or an event log (see `purchase`).
 * @param options - See {@link schemas!PurchaseOptionsSchema}.
 * @returns Customers, purchases, the mean per customer and the distribution.
 * @throws {@link EmptySampleError} when there is no purchase at all.
 *
 * @example
 * ```ts
 * import { purchaseFrequency } from "@journeykit/core";
 *
 * const result = purchaseFrequency([
 *   { customerId: "ann", timestamp: 1, value: 10 },
 *   { customerId: "ann", timestamp: 2, value: 15 },
 *   { customerId: "bob", timestamp: 1, value: 30 },
 * ]);
 * result.mean; // 1.5
 * result.distribution; // [{ purchases: 1, customers: 1 }, { purchases: 2, customers: 1 }]
 * ```
 */
export function purchaseFrequency(
  purchases: PurchaseInput,
  options: PurchaseOptions = {},
): PurchaseFrequency {
  const { confidence, customers } = readBuyers(purchases, options, "purchaseFrequency");
  const counts = customers.map((customer) => customer.times.length);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const n = counts.length;
  const mean = total / n;
  const variance = n < 2 ? 0 : counts.reduce((sum, count) => sum + (count - mean) ** 2, 0) / (n - 1);
  const byCount = new Map<number, number>();
  for (const count of counts) byCount.set(count, (byCount.get(count) ?? 0) + 1);
  return {
    customers: n,
    purchases: total,
    mean,
    interval: meanInterval(mean, Math.sqrt(variance), n, confidence),
    distribution: [...byCount.entries()]
      .sort(([a], [b]) => a - b)
      .map(([count, customerCount]) => ({ purchases: count, customers: customerCount })),
  };
}
