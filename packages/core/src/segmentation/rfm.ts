import * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { type PurchaseInput, readPurchases } from "../matching/read-purchases";
import { InstantSchema, toMillis } from "../model/instant";
import { StepSchema } from "../model/step";
import { parseOptions } from "../options/parse-options";
import { exactSum } from "../util/exact-sum";
import { RFM_SEGMENT_MAP, RfmSegmentMapSchema, rfmSegmentIndex } from "./rfm-segment-map";

const DAY = 86_400_000;

/**
 * The options of {@link rfm}: `asOf` (required), the moment recency is measured from; `bins`
 * (default 5), the number of score levels; `segmentMap` (default {@link RFM_SEGMENT_MAP}), whose
 * `bins` must equal `bins`; `purchase` (default `"purchase"`), which events are purchases when
 * the input is an event log.
 *
 * @example
 * ```ts
 * RfmOptionsSchema.parse({ asOf: "2024-12-31" });
 * ```
 */
export const RfmOptionsSchema = z.strictObject({
  asOf: InstantSchema,
  bins: z.number().int().min(2).max(100).default(5),
  segmentMap: RfmSegmentMapSchema.optional(),
  purchase: StepSchema.default("purchase"),
});

/**
 * The options of {@link rfm}, as {@link RfmOptionsSchema} accepts them.
 *
 * @example
 * ```ts
 * const options: RfmOptions = { asOf: Date.UTC(2024, 11, 31), bins: 5 };
 * ```
 */
export type RfmOptions = z.input<typeof RfmOptionsSchema>;

/**
 * One customer's RFM values and scores.
 *
 * @example
 * ```ts
 * const row: RfmCustomer = {
 *   customerId: "ann", recencyDays: 3, frequency: 4, monetary: 620,
 *   recencyScore: 5, frequencyScore: 5, monetaryScore: 5, score: "555", segment: "Champions",
 * };
 * ```
 */
export interface RfmCustomer {
  readonly customerId: string;
  /** Days from the last purchase to `asOf` (fractional). */
  readonly recencyDays: number;
  /** The number of purchases. */
  readonly frequency: number;
  /** The sum of the purchases' values. */
  readonly monetary: number;
  /** 1 (longest ago) to `bins` (most recent). */
  readonly recencyScore: number;
  /** 1 (fewest purchases) to `bins`. */
  readonly frequencyScore: number;
  /** 1 (least spent) to `bins`. */
  readonly monetaryScore: number;
  /** The three scores side by side, as in "545" (scores above 9 are separated by "-"). */
  readonly score: string;
  /** The first segment of the map that covers the scores, or null. */
  readonly segment: string | null;
}

/**
 * What {@link rfm} returns.
 *
 * @example
 * ```ts
 * const result: RfmResult = rfm(purchases, { asOf: "2024-12-31" });
 * result.segments[0]; // { name: "Champions", count: 12, share: 0.08 }
 * ```
 */
export interface RfmResult {
  /** The moment recency was measured from (ms since the epoch). */
  readonly asOf: number;
  readonly bins: number;
  /** Which segment map named the segments. */
  readonly segmentMap: { readonly id: string; readonly version: string };
  /** The scores of every customer with a purchase, sorted by customer id. */
  readonly scores: readonly RfmCustomer[];
  /** Per segment of the map, in its order: how many customers it names, and their share. */
  readonly segments: readonly { readonly name: string; readonly count: number; readonly share: number }[];
  /** Customers no segment covers. */
  readonly unmatched: { readonly count: number; readonly share: number };
}

/**
 * Quantile scores from 1 to `bins`, higher for better values: a customer's score is
 * 1 + floor(bins x worse / n), where `worse` counts the customers with a strictly worse value.
 * Tied customers therefore share one score, the lowest their rank range reaches.
 */
function quantileScores(values: readonly number[], bins: number, higherIsBetter: boolean): number[] {
  const n = values.length;
  const sorted = [...values].sort((a, b) => (higherIsBetter ? a - b : b - a));
  const worseCount = new Map<number, number>();
  sorted.forEach((value, rank) => {
    if (!worseCount.has(value)) worseCount.set(value, rank);
  });
  return values.map((value) => 1 + Math.floor((bins * (worseCount.get(value) as number)) / n));
}

/**
 * Recency, frequency and monetary (RFM) analysis: per customer, how long since their last
 * purchase, how many purchases and how much spent, each turned into a score from 1 to `bins` by
 * quantile, and a named segment from a segment map.
 *
 * Scores: customers are ranked on each measure, and a customer's score is
 * 1 + floor(bins x (customers strictly worse) / (customers)). With distinct values each score
 * holds n / bins customers. Ties are never split: tied customers share the lowest score their
 * ranks reach, so when most customers bought once, they all get frequency 1 and some scores stay
 * empty. (R's `rfm` cuts at quantile thresholds instead; the two agree when values are distinct
 * and n is a multiple of `bins`.) Recency is better when smaller.
 *
 * Segments come from `segmentMap`, by default {@link RFM_SEGMENT_MAP} (the R package rfm 0.3.0
 * boundaries, plus Hibernating): the first segment whose ranges cover the three scores.
 *
 * @param purchases - Purchase records, or an event log (purchase events with a `value`).
 * @param options - See {@link RfmOptionsSchema}; `asOf` is required.
 * @returns Per customer values, scores and segment; per segment counts and shares.
 * @throws {@link InvalidOptionError} for invalid options, a segment map for another number of
 * bins, or a purchase after `asOf` (naming it); {@link InvalidEventError} for a purchase record
 * without a customer id, finite timestamp or finite value (naming its index).
 *
 * @example
 * ```ts
 * import { rfm } from "@journeykit/core";
 *
 * const day = 86_400_000;
 * const result = rfm(
 *   [
 *     { customerId: "ann", timestamp: 98 * day, value: 300 },
 *     { customerId: "ann", timestamp: 99 * day, value: 200 },
 *     { customerId: "bob", timestamp: 10 * day, value: 40 },
 *   ],
 *   { asOf: 100 * day, bins: 2, segmentMap: {
 *     id: "halves", version: "1", bins: 2,
 *     segments: [{ name: "Best", recency: [2, 2], frequency: [2, 2], monetary: [2, 2] }],
 *   } },
 * );
 * result.scores[0]; // { customerId: "ann", recencyDays: 1, frequency: 2, monetary: 500, recencyScore: 2, frequencyScore: 2, monetaryScore: 2, score: "222", segment: "Best" }
 * result.unmatched; // { count: 1, share: 0.5 }
 * ```
 */
export function rfm(purchases: PurchaseInput, options: RfmOptions): RfmResult {
  const parsed = parseOptions(RfmOptionsSchema, options);
  const { bins } = parsed;
  const segmentMap = parsed.segmentMap ?? RFM_SEGMENT_MAP;
  if (segmentMap.bins !== bins) {
    throw new InvalidOptionError({
      option: "segmentMap",
      problem: `the segment map "${segmentMap.id}" is written for scores 1 to ${segmentMap.bins}, but bins is ${bins}; pass a segment map for ${bins} bins, or use bins: ${segmentMap.bins}`,
    });
  }
  const asOf = toMillis(parsed.asOf);
  const customers = readPurchases(purchases, parsed.purchase, true);
  for (const { customerId, times } of customers) {
    const last = times[times.length - 1] as number;
    if (last > asOf) {
      throw new InvalidOptionError({
        option: "asOf",
        problem: `${new Date(asOf).toISOString()} is before a purchase of customer ${JSON.stringify(customerId)} at ${new Date(last).toISOString()}; measure recency from a moment after every purchase, or leave later purchases out`,
      });
    }
  }
  const recencyDays = customers.map(({ times }) => (asOf - (times[times.length - 1] as number)) / DAY);
  const frequency = customers.map(({ times }) => times.length);
  const monetary = customers.map(({ values }) => exactSum(values));
  const recencyScores = quantileScores(recencyDays, bins, false);
  const frequencyScores = quantileScores(frequency, bins, true);
  const monetaryScores = quantileScores(monetary, bins, true);
  const counts = segmentMap.segments.map(() => 0);
  const rows = customers.map(({ customerId }, k): RfmCustomer => {
    const scores = [recencyScores[k], frequencyScores[k], monetaryScores[k]] as [number, number, number];
    const found = rfmSegmentIndex(segmentMap, ...scores);
    if (found >= 0) counts[found] = (counts[found] as number) + 1;
    return {
      customerId,
      recencyDays: recencyDays[k] as number,
      frequency: frequency[k] as number,
      monetary: monetary[k] as number,
      recencyScore: scores[0],
      frequencyScore: scores[1],
      monetaryScore: scores[2],
      score: scores.join(bins > 9 ? "-" : ""),
      segment: found >= 0 ? (segmentMap.segments[found]?.name as string) : null,
    };
  });
  const share = (count: number) => (rows.length === 0 ? 0 : count / rows.length);
  const matched = counts.reduce((sum, count) => sum + count, 0);
  return {
    asOf,
    bins,
    segmentMap: { id: segmentMap.id, version: segmentMap.version },
    scores: rows,
    segments: segmentMap.segments.map((segment, k) => ({
      name: segment.name,
      count: counts[k] as number,
      share: share(counts[k] as number),
    })),
    unmatched: { count: rows.length - matched, share: share(rows.length - matched) },
  };
}
