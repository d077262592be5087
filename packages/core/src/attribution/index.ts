// The public surface of attribution/: re-exported by src/index.ts.

export {
  InsufficientDataError,
  type InsufficientDataErrorOptions,
} from "../errors/insufficient-data-error";
export { type AttributionResult, attribution } from "./attribution";
export {
  ATTRIBUTION_MODELS,
  type AttributionModel,
  AttributionModelSchema,
  type AttributionOptions,
  AttributionOptionsSchema,
  type JourneyTouchpoints,
  type ResolvedAttributionModel,
  type TouchpointSource,
  TouchpointSourceSchema,
} from "./attribution-options";
export { NO_TOUCHPOINT } from "./label-touches";
export type { MarkovDetails } from "./markov-credits";
