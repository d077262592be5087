import { EmptySampleError } from "../errors/empty-sample-error";
import type { PurchaseInput } from "../matching/read-purchases";
import type { ConfidenceInterval } from "../stats/confidence-interval";
import { meanInterval } from "../stats/mean-interval";
import { exactSum } from "../util/exact-sum";
import { type PurchaseOptions, readBuyers } from "./purchase-options";

/**
 * What {@link interPurchaseTime} returns; times are in milliseconds.
 *
 * @example
 * ```ts
 * const day = 86_400_000;
 * const result: InterPurchaseTime = {
 *   customers: 2, gaps: 3, meanMs: 4 * day, interval: null,
 *   minMs: 2 * day, p25Ms: 3 * day, medianMs: 4 * day, p75Ms: 5 * day, maxMs: 6 * day,
 * };
 * ```
 */
export interface InterPurchaseTime {
  /** Customers with two or more purchases (the only ones with a gap). */
  readonly customers: number;
  /** Gaps between a purchase and the same customer's next one. */
  readonly gaps: number;
  /** The mean gap. */
  readonly meanMs: number;
  /** The t interval of the mean gap (gaps treated as independent); null with one gap. */
  readonly interval: ConfidenceInterval | null;
  readonly minMs: number;
  /** Quantiles by linear interpolation between order statistics (R's default, type 7). */
  readonly p25Ms: number;
  readonly medianMs: number;
  readonly p75Ms: number;
  readonly maxMs: number;
}

/** The q-quantile of sorted values, interpolating linearly between order statistics (type 7). */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (position - below);
}

/**
 * Inter-purchase time: the time between a customer's purchase and their next one, over every
 * customer who bought at least twice (two purchases at the same moment give a gap of 0).
 *
 * @param purchases - Purchase records, or an event log (see `purchase`).
 * @param options - See {@link schemas!PurchaseOptionsSchema}.
 * @returns The number of gaps, their mean (with a t interval) and quantiles, in milliseconds.
 * @throws {@link EmptySampleError} when nobody bought, or no customer bought twice.
 *
 * @example
 * ```ts
 * import { interPurchaseTime } from "@journeykit/core";
 *
 * const day = 86_400_000;
 * const result = interPurchaseTime([
 *   { customerId: "ann", timestamp: 0, value: 10 },
 *   { customerId: "ann", timestamp: 10 * day, value: 15 },
 *   { customerId: "ann", timestamp: 14 * day, value: 15 },
 *   { customerId: "bob", timestamp: 3 * day, value: 30 },
 * ]);
 * result.gaps; // 2
 * result.medianMs / day; // 7
 * ```
 */
export function interPurchaseTime(
  purchases: PurchaseInput,
  options: PurchaseOptions = {},
): InterPurchaseTime {
  const buyers = readBuyers(purchases, options, "interPurchaseTime");
  const customers = buyers.customers.filter((customer) => customer.times.length >= 2);
  const gaps = customers.flatMap(({ times }) => times.slice(1).map((time, k) => time - (times[k] as number)));
  if (gaps.length === 0) {
    throw new EmptySampleError({
      measure: "interPurchaseTime",
      argument: "purchases",
      problem: "has no customer with two purchases, so no time between purchases",
    });
  }
  gaps.sort((a, b) => a - b);
  const meanMs = exactSum(gaps) / gaps.length;
  const variance = gaps.length < 2 ? 0 : exactSum(gaps.map((gap) => (gap - meanMs) ** 2)) / (gaps.length - 1);
  return {
    customers: customers.length,
    gaps: gaps.length,
    meanMs,
    interval: meanInterval(meanMs, Math.sqrt(variance), gaps.length, buyers.confidence),
    minMs: gaps[0] as number,
    p25Ms: quantile(gaps, 0.25),
    medianMs: quantile(gaps, 0.5),
    p75Ms: quantile(gaps, 0.75),
    maxMs: gaps[gaps.length - 1] as number,
  };
}
