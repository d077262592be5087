// The public surface of conformance/: re-exported by src/index.ts.
export { conformance } from "./conformance";
export type { ConformanceOptions, DeviationKind } from "./conformance-options";
export type {
  Backtrack,
  ConformanceResult,
  DeviatingVariant,
  StageConformance,
  TouchpointUsage,
  UnrecognisedEvent,
} from "./conformance-result";
