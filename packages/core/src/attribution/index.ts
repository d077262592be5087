// The public surface of attribution/: re-exported by src/index.ts.

export { InsufficientDataError } from "../errors/insufficient-data-error";
export { type AttributionResult, attribution } from "./attribution";
export type {
  AttributionModel,
  AttributionOptions,
  JourneyTouchpoints,
  ResolvedAttributionModel,
  TouchpointSource,
} from "./attribution-options";
export { NO_TOUCHPOINT } from "./label-touches";
export type { MarkovDetails } from "./markov-credits";
