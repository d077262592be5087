// The public surface of funnel/: re-exported by src/index.ts.
export {
  type CompareFunnelsOptions,
  compareFunnels,
  type FunnelComparison,
  type FunnelStepComparison,
  type ProportionComparison,
  type ProportionSample,
} from "./compare-funnels";
export { funnel } from "./funnel";
export type { FunnelBreakdown, FunnelExclusion, FunnelOptions, FunnelStep } from "./funnel-options";
export type {
  FunnelBreakdownGroup,
  FunnelDropOff,
  FunnelResult,
  FunnelStepResult,
  FunnelSummary,
  TimeSummary,
} from "./funnel-result";
export { type StageFunnelOptions, type StageFunnelResult, stageFunnel } from "./stage-funnel";
