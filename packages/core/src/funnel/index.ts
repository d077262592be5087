// The public surface of funnel/: re-exported by src/index.ts.
export {
  type CompareFunnelsOptions,
  CompareFunnelsOptionsSchema,
  compareFunnels,
  type FunnelComparison,
  type FunnelStepComparison,
  type ProportionComparison,
  type ProportionSample,
} from "./compare-funnels";
export { funnel } from "./funnel";
export {
  type FunnelBreakdown,
  FunnelBreakdownSchema,
  type FunnelExclusion,
  FunnelExclusionSchema,
  type FunnelOptions,
  FunnelOptionsSchema,
  type FunnelStep,
  FunnelStepSchema,
} from "./funnel-options";
export type {
  FunnelBreakdownGroup,
  FunnelDropOff,
  FunnelResult,
  FunnelStepResult,
  FunnelSummary,
  TimeSummary,
} from "./funnel-result";
export { type FunnelPlan, planFunnel } from "./plan-funnel";
export {
  planStageFunnel,
  type StageFunnelOptions,
  StageFunnelOptionsSchema,
  type StageFunnelPlan,
  type StageFunnelResult,
  stageFunnel,
} from "./stage-funnel";
export { type FunnelCounts, summarizeFunnel } from "./summarize-funnel";
