// The public surface of feedback/: re-exported by src/index.ts.
export { InvalidFeedbackError } from "../errors/invalid-feedback-error";
export {
  type CategorizeFeedbackOptions,
  categorizeFeedback,
  type FeedbackSummary,
  type SentimentCounts,
  type StageFeedback,
  type TagFrequency,
} from "./categorize-feedback";
export type { FeedbackResponse } from "./feedback-response";
export {
  type FeedbackScale,
  feedbackSentiment,
  type Sentiment,
  type SentimentCuts,
  sentimentCuts,
} from "./feedback-scale";
export {
  type PainPointRanking,
  type RankedPainPoint,
  type RankPainPointsOptions,
  rankPainPoints,
  type TagCount,
} from "./rank-pain-points";
