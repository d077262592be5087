import * as z from "zod";

/**
 * Where a score scale splits into negative, neutral and positive: scores `min` to `negativeMax`
 * are negative, `positiveMin` to `max` positive, the rest neutral. All whole numbers.
 *
 * @example
 * ```ts
 * const fivePoint: SentimentCuts = { min: 1, max: 5, negativeMax: 2, positiveMin: 4 };
 * ```
 */
export interface SentimentCuts {
  /** The lowest allowed score. */
  readonly min: number;
  /** The highest allowed score. */
  readonly max: number;
  /** The highest negative score. */
  readonly negativeMax: number;
  /** The lowest positive score. */
  readonly positiveMin: number;
}

/**
 * The score scale of feedback: `"nps"` (0-10: 0-6 negative, 7-8 neutral, 9-10 positive, the NPS
 * groups), a 1-to-k scale (`3`: 1 / 2 / 3; `5`: 1-2 / 3 / 4-5, the CSAT reading; `7`: 1-3 / 4 /
 * 5-7; `10`: 1-4 / 5-6 / 7-10), or your own cuts.
 *
 * @example
 * ```ts
 * FeedbackScaleSchema.parse(5); // 5
 * FeedbackScaleSchema.parse({ min: 1, max: 4, negativeMax: 2, positiveMin: 3 }); // a 4-point scale with no neutral
 * ```
 */
export const FeedbackScaleSchema = z.union([
  z.literal("nps"),
  z.literal(3),
  z.literal(5),
  z.literal(7),
  z.literal(10),
  z
    .strictObject({
      min: z.number().int(),
      max: z.number().int(),
      negativeMax: z.number().int(),
      positiveMin: z.number().int(),
    })
    .refine(
      (cuts) =>
        cuts.min <= cuts.negativeMax && cuts.negativeMax < cuts.positiveMin && cuts.positiveMin <= cuts.max,
      {
        message: "needs min <= negativeMax < positiveMin <= max",
      },
    ),
]);

/**
 * A feedback scale as written: a preset or {@link SentimentCuts}.
 *
 * @example
 * ```ts
 * const scale: FeedbackScale = "nps";
 * ```
 */
export type FeedbackScale = z.input<typeof FeedbackScaleSchema>;

/**
 * Positive, neutral or negative.
 *
 * @example
 * ```ts
 * const sentiment: Sentiment = "negative";
 * ```
 */
export type Sentiment = "positive" | "neutral" | "negative";

const presets: Record<string, SentimentCuts> = {
  nps: { min: 0, max: 10, negativeMax: 6, positiveMin: 9 },
  3: { min: 1, max: 3, negativeMax: 1, positiveMin: 3 },
  5: { min: 1, max: 5, negativeMax: 2, positiveMin: 4 },
  7: { min: 1, max: 7, negativeMax: 3, positiveMin: 5 },
  10: { min: 1, max: 10, negativeMax: 4, positiveMin: 7 },
};

/**
 * The cuts of a feedback scale: a preset's, or the custom cuts as given.
 *
 * @param scale - A preset (`"nps"`, 3, 5, 7, 10) or cuts (assumed valid; options schemas check them).
 * @returns The scale's range and cut points.
 *
 * @example
 * ```ts
 * import { sentimentCuts } from "@journeykit/core";
 *
 * sentimentCuts(5); // { min: 1, max: 5, negativeMax: 2, positiveMin: 4 }
 * sentimentCuts("nps"); // { min: 0, max: 10, negativeMax: 6, positiveMin: 9 }
 * ```
 */
export function sentimentCuts(scale: FeedbackScale): SentimentCuts {
  return typeof scale === "object" ? scale : (presets[String(scale)] ?? (presets.nps as SentimentCuts));
}

/**
 * Classifies one score as positive, neutral or negative on a feedback scale. The score must be an
 * integer within the scale; anything else gives `null` (categorizeFeedback reports such scores).
 *
 * @param score - The answer.
 * @param scale - A preset or {@link SentimentCuts}; `"nps"` when left out.
 * @returns The sentiment, or `null` for a score outside the scale.
 *
 * @example
 * ```ts
 * import { feedbackSentiment } from "@journeykit/core";
 *
 * feedbackSentiment(9); // "positive" (NPS promoter)
 * feedbackSentiment(3, 5); // "neutral"
 * feedbackSentiment(11); // null
 * ```
 */
export function feedbackSentiment(score: number, scale: FeedbackScale = "nps"): Sentiment | null {
  const cuts = sentimentCuts(scale);
  if (!Number.isInteger(score) || score < cuts.min || score > cuts.max) return null;
  if (score <= cuts.negativeMax) return "negative";
  return score >= cuts.positiveMin ? "positive" : "neutral";
}
