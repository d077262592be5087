// The public surface of funnel/: re-exported by src/index.ts.
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
