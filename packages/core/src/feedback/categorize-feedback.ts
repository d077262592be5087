import * as z from "zod";
import { InvalidScoreError } from "../errors/invalid-score-error";
import { parseOptions } from "../options/parse-options";
import { NanSchema, OnInvalidSchema } from "../options/score-options";
import { type CheckedResponse, checkResponses, type FeedbackResponse } from "./feedback-response";
import { FeedbackScaleSchema, feedbackSentiment, type SentimentCuts, sentimentCuts } from "./feedback-scale";

/**
 * The options of `categorizeFeedback`: the `scale` (`"nps"` by default), `nan` and `onInvalid`
 * (as for the KPI functions; a skipped response is left out whole, tags included).
 *
 * @example
 * ```ts
 * CategorizeFeedbackOptionsSchema.parse({ scale: 5 }).onInvalid; // "throw"
 * ```
 */
export const CategorizeFeedbackOptionsSchema = z.strictObject({
  scale: FeedbackScaleSchema.default("nps"),
  nan: NanSchema,
  onInvalid: OnInvalidSchema,
});

/**
 * Options for `categorizeFeedback`, as written.
 *
 * @example
 * ```ts
 * const options: CategorizeFeedbackOptions = { scale: 5, onInvalid: "skip" };
 * ```
 */
export type CategorizeFeedbackOptions = z.input<typeof CategorizeFeedbackOptionsSchema>;

/**
 * How many responses fall in each category; `unscored` responses carry tags but no score.
 *
 * @example
 * ```ts
 * const counts: SentimentCounts = { positive: 12, neutral: 5, negative: 3, unscored: 1 };
 * ```
 */
export interface SentimentCounts {
  /** Scores at or above the scale's `positiveMin`. */
  readonly positive: number;
  /** Scores between the cuts. */
  readonly neutral: number;
  /** Scores at or below the scale's `negativeMax`. */
  readonly negative: number;
  /** Responses without a score. */
  readonly unscored: number;
}

/**
 * How often a tag occurs in a group of responses.
 *
 * @example
 * ```ts
 * const tag: TagFrequency = {
 *   tag: "late-parcel", responses: 4, customers: 3, share: 0.2,
 *   sentiment: { positive: 0, neutral: 1, negative: 3, unscored: 0 },
 * };
 * ```
 */
export interface TagFrequency {
  /** The tag. */
  readonly tag: string;
  /** Responses that carry it. */
  readonly responses: number;
  /** Distinct customers who used it (a customer without an id counts once per response). */
  readonly customers: number;
  /** `responses` over all responses of the group, from 0 to 1. */
  readonly share: number;
  /** The sentiment of the responses that carry it. */
  readonly sentiment: SentimentCounts;
}

/**
 * Feedback about one stage (`stage: null` for responses that name none).
 *
 * @example
 * ```ts
 * const group: StageFeedback = summary.stages[0];
 * group.tags[0]?.tag; // the stage's most frequent tag
 * ```
 */
export interface StageFeedback {
  /** The stage id, or `null` for responses without a stage. */
  readonly stage: string | null;
  /** Responses about the stage. */
  readonly responses: number;
  /** Distinct customers among them. */
  readonly customers: number;
  /** Their sentiment. */
  readonly sentiment: SentimentCounts;
  /** Tag frequencies, most frequent first (ties by tag). */
  readonly tags: readonly TagFrequency[];
}

/**
 * The result of `categorizeFeedback`. Plain data; it does not depend on the order of the input.
 *
 * @example
 * ```ts
 * const summary: FeedbackSummary = categorizeFeedback(responses);
 * summary.sentiment.negative / summary.responses; // the negative share
 * ```
 */
export interface FeedbackSummary {
  /** The cut points used. */
  readonly scale: SentimentCuts;
  /** Responses counted (not skipped). */
  readonly responses: number;
  /** Distinct customers among them. */
  readonly customers: number;
  /** Sentiment over all responses. */
  readonly sentiment: SentimentCounts;
  /** Tag frequencies over all responses, most frequent first. */
  readonly tags: readonly TagFrequency[];
  /** Per stage, stage ids in alphabetical order, then responses without a stage. */
  readonly stages: readonly StageFeedback[];
  /** Responses skipped because `onInvalid` was `"skip"`. */
  readonly skipped: number;
}

type Category = keyof SentimentCounts;

interface Group {
  responses: number;
  customers: Set<string>;
  sentiment: Record<Category, number>;
  tags: Map<string, { responses: number; customers: Set<string>; sentiment: Record<Category, number> }>;
}

const emptySentiment = (): Record<Category, number> => ({
  positive: 0,
  neutral: 0,
  negative: 0,
  unscored: 0,
});
const newGroup = (): Group => ({
  responses: 0,
  customers: new Set(),
  sentiment: emptySentiment(),
  tags: new Map(),
});

function add(group: Group, response: CheckedResponse, category: Category): void {
  group.responses += 1;
  group.customers.add(response.customerKey);
  group.sentiment[category] += 1;
  for (const tag of response.tags) {
    let entry = group.tags.get(tag);
    if (entry === undefined) {
      entry = { responses: 0, customers: new Set(), sentiment: emptySentiment() };
      group.tags.set(tag, entry);
    }
    entry.responses += 1;
    entry.customers.add(response.customerKey);
    entry.sentiment[category] += 1;
  }
}

function tagFrequencies(group: Group): TagFrequency[] {
  return [...group.tags]
    .map(([tag, entry]) => ({
      tag,
      responses: entry.responses,
      customers: entry.customers.size,
      share: entry.responses / group.responses,
      sentiment: entry.sentiment,
    }))
    .sort((a, b) => b.responses - a.responses || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/**
 * Sorts feedback into positive, neutral and negative by its score, and counts tags overall and
 * per stage, so a team sees which topics come up where and with which mood.
 *
 * Cuts per scale: `"nps"` 0-6 / 7-8 / 9-10 (the NPS groups), `5` 1-2 / 3 / 4-5 (CSAT), `3`,
 * `7` and `10` around their midpoints, or custom {@link SentimentCuts}. A response without a
 * score (`null` or left out; `NaN` with `nan: "non-response"`) is `unscored` but its tags count.
 * A tag repeated within a response counts once. Customers are told apart by `customerId`; a
 * response without one is its own customer.
 *
 * @param responses - Feedback responses `{ customerId?, stage?, score?, tags? }`.
 * @param options - `scale` (`"nps"`), `nan` (`"invalid"`), `onInvalid` (`"throw"`).
 * @returns Sentiment counts, tag frequencies, both per stage, and the skipped count.
 * @throws {@link InvalidScoreError} for a score outside the scale, naming value and index.
 * @throws {@link InvalidFeedbackError} for a response of the wrong shape.
 * @throws {@link InvalidOptionError} when an option is invalid or `responses` is not an array.
 *
 * @example
 * ```ts
 * import { categorizeFeedback } from "@journeykit/core";
 *
 * const summary = categorizeFeedback([
 *   { customerId: "ann", stage: "delivery", score: 3, tags: ["late-parcel"] },
 *   { customerId: "bob", stage: "delivery", score: 9, tags: ["friendly-driver"] },
 *   { customerId: "cem", stage: "delivery", score: 5, tags: ["late-parcel", "damaged"] },
 *   { customerId: "dan", stage: "checkout", score: 8 },
 * ]);
 * summary.sentiment; // { positive: 1, neutral: 1, negative: 2, unscored: 0 }
 * summary.stages[1]?.tags[0]; // { tag: "late-parcel", responses: 2, customers: 2, share: 0.666..., sentiment: { negative: 2, ... } }
 * ```
 */
export function categorizeFeedback(
  responses: readonly FeedbackResponse[],
  options?: CategorizeFeedbackOptions,
): FeedbackSummary {
  const parsed = parseOptions(CategorizeFeedbackOptionsSchema, options);
  const cuts = sentimentCuts(parsed.scale);
  const categories = new Map<CheckedResponse, Category>();
  const { checked, skipped } = checkResponses(responses, parsed.onInvalid, (response, index) => {
    const { score } = response;
    if (score === null || score === undefined || (parsed.nan === "non-response" && Number.isNaN(score))) {
      categories.set(response, "unscored");
      return;
    }
    const sentiment = typeof score === "number" ? feedbackSentiment(score, cuts) : null;
    if (sentiment === null) {
      throw new InvalidScoreError({
        index,
        value: score,
        measure: "feedback",
        expected: `an integer from ${cuts.min} to ${cuts.max}, or null for a response without a score`,
      });
    }
    categories.set(response, sentiment);
  });
  const overall = newGroup();
  const byStage = new Map<string | null, Group>();
  for (const response of checked) {
    const category = categories.get(response) ?? "unscored";
    add(overall, response, category);
    let group = byStage.get(response.stage);
    if (group === undefined) {
      group = newGroup();
      byStage.set(response.stage, group);
    }
    add(group, response, category);
  }
  const stageOrder = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  return {
    scale: cuts,
    responses: overall.responses,
    customers: overall.customers.size,
    sentiment: overall.sentiment,
    tags: tagFrequencies(overall),
    stages: [...byStage.keys()].sort(stageOrder).map((stage) => {
      const group = byStage.get(stage) ?? newGroup();
      return {
        stage,
        responses: group.responses,
        customers: group.customers.size,
        sentiment: group.sentiment,
        tags: tagFrequencies(group),
      };
    }),
    skipped,
  };
}
