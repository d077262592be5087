// Engine pieces that journeykit's own packages (@journeykit/ga4, /sql, /templates, /cli) share
// with core, published as @journeykit/core/internal. Not for users: these names may change in any
// release without a changeset. Everything a user needs is in the other entries.
export type { InsufficientDataErrorOptions } from "./errors/insufficient-data-error";
export { formatIssuePath } from "./errors/journey-validation-error";
export type { JourneykitErrorOptions } from "./errors/journeykit-error";
// The funnel checked and summarised without a log: how @journeykit/sql and the GA4 funnel report
// reader give funnel() results from counts a database or GA4 computed.
export { type FunnelPlan, planFunnel } from "./funnel/plan-funnel";
export { planStageFunnel, type StageFunnelPlan } from "./funnel/stage-funnel";
export { type FunnelCounts, summarizeFunnel } from "./funnel/summarize-funnel";
export { compileEventMatcher } from "./matching/compile-event-matcher";
export {
  type CompiledEventMatchers,
  compileEventMatchers,
  type EventPredicate,
} from "./matching/compile-event-matchers";
export { stepLabel } from "./matching/step-label";
export { parseDuration } from "./model/parse-duration";
