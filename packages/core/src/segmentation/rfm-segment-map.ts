import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";

const scoreRange = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .refine(([low, high]) => low <= high, { message: "the lower score must not exceed the upper one" });

/**
 * A map from RFM scores to named segments, as data: each segment gives the range of recency,
 * frequency and monetary scores (both ends included) it covers, and the first segment whose three
 * ranges all hold names the customer (as in R's `rfm_segment`). A customer no segment covers is
 * unmatched. `bins` is the score scale the ranges are written for; `version` identifies the map,
 * so that a report can say which boundaries it used.
 *
 * @example
 * ```ts
 * RfmSegmentMapSchema.parse({
 *   id: "two-segments",
 *   version: "1",
 *   bins: 3,
 *   segments: [
 *     { name: "Best", recency: [3, 3], frequency: [3, 3], monetary: [2, 3] },
 *     { name: "Rest", recency: [1, 3], frequency: [1, 3], monetary: [1, 3] },
 *   ],
 * });
 * ```
 */
export const RfmSegmentMapSchema = z
  .strictObject({
    id: z.string().min(1),
    version: z.string().min(1),
    source: z.string().optional(),
    bins: z.number().int().min(2).max(100),
    segments: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          description: z.string().optional(),
          recency: scoreRange,
          frequency: scoreRange,
          monetary: scoreRange,
        }),
      )
      .min(1),
  })
  .superRefine((map, context) => {
    map.segments.forEach((segment, index) => {
      for (const score of ["recency", "frequency", "monetary"] as const) {
        if (segment[score][1] > map.bins) {
          context.addIssue({
            code: "custom",
            path: ["segments", index, score, 1],
            message: `scores go from 1 to bins (${map.bins}), so ${segment[score][1]} is out of range`,
          });
        }
      }
    });
  });

/**
 * An RFM segment map, as {@link RfmSegmentMapSchema} accepts it.
 *
 * @example
 * ```ts
 * const map: RfmSegmentMap = { ...RFM_SEGMENT_MAP, segments: RFM_SEGMENT_MAP.segments.slice(0, 3) };
 * ```
 */
export type RfmSegmentMap = ReadonlyDeep<z.input<typeof RfmSegmentMapSchema>>;

/**
 * The default RFM segment map, for scores from 1 to 5. Its first ten segments are exactly those
 * of the R package `rfm` (version 0.3.0, the `rfm_segment` example and vignette), in the same
 * order and with the same boundaries, with journeykit's names (R's "Loyal Customers" is "Loyal",
 * "Potential Loyalist" is "Potential loyalist", "New Customers" is "New", "Need Attention" is
 * "Needs attention"). journeykit adds "Hibernating" last: customers with recency 2 or 3 that no
 * other segment covers, and whom R would call "Others". A customer no segment covers (for example
 * recent, frequent, but the lowest spend) is left unmatched and counted as such.
 *
 * @example
 * ```ts
 * RFM_SEGMENT_MAP.version; // "1.0.0"
 * RFM_SEGMENT_MAP.segments[0]; // { name: "Champions", recency: [5, 5], frequency: [5, 5], monetary: [5, 5], ... }
 * ```
 */
export const RFM_SEGMENT_MAP = {
  id: "journeykit-rfm",
  version: "1.0.0",
  source: "R package rfm 0.3.0 (rfm_segment), plus Hibernating",
  bins: 5,
  segments: [
    {
      name: "Champions",
      description: "Bought recently, buy often and spend the most",
      recency: [5, 5],
      frequency: [5, 5],
      monetary: [5, 5],
    },
    {
      name: "Potential loyalist",
      description: "Recent customers who spent a good amount and bought more than once",
      recency: [3, 5],
      frequency: [3, 5],
      monetary: [2, 5],
    },
    {
      name: "Loyal",
      description: "Spend good money; responsive to promotions",
      recency: [2, 4],
      frequency: [2, 4],
      monetary: [2, 4],
    },
    {
      name: "Promising",
      description: "Recent shoppers who have not spent much",
      recency: [3, 4],
      frequency: [1, 3],
      monetary: [3, 5],
    },
    {
      name: "New",
      description: "Bought recently, but not often",
      recency: [4, 5],
      frequency: [1, 3],
      monetary: [1, 5],
    },
    {
      name: "Can't lose them",
      description: "Made big purchases, and often, but long ago",
      recency: [1, 2],
      frequency: [3, 4],
      monetary: [4, 5],
    },
    {
      name: "At risk",
      description: "Spent big money and purchased often, but long ago",
      recency: [1, 2],
      frequency: [2, 5],
      monetary: [4, 5],
    },
    {
      name: "Needs attention",
      description: "Above-average frequency and spend, but not recent",
      recency: [1, 3],
      frequency: [3, 5],
      monetary: [3, 5],
    },
    {
      name: "About to sleep",
      description: "Below-average recency, frequency and spend",
      recency: [2, 3],
      frequency: [1, 3],
      monetary: [1, 4],
    },
    {
      name: "Lost",
      description: "Last purchase longest ago",
      recency: [1, 1],
      frequency: [1, 5],
      monetary: [1, 5],
    },
    {
      name: "Hibernating",
      description: "Last purchase a while ago, and no other profile fits",
      recency: [2, 3],
      frequency: [1, 5],
      monetary: [1, 5],
    },
  ],
} as const satisfies RfmSegmentMap;

/**
 * The index of the first segment of `map` whose ranges cover the three scores, or -1: the rule of
 * R's `rfm_segment`, where a customer keeps the first segment that matches.
 */
export function rfmSegmentIndex(
  map: RfmSegmentMap,
  recency: number,
  frequency: number,
  monetary: number,
): number {
  const within = ([low, high]: readonly [number, number], score: number) => score >= low && score <= high;
  return map.segments.findIndex(
    (segment) =>
      within(segment.recency, recency) &&
      within(segment.frequency, frequency) &&
      within(segment.monetary, monetary),
  );
}
