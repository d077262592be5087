export * from "./adapter/index";
export * from "./attribution/index";
export * from "./conformance/index";
export { InvalidEventError } from "./errors/invalid-event-error";
export { InvalidOptionError } from "./errors/invalid-option-error";
export { type Issue, issuesFromZod } from "./errors/issue";
export { formatIssuePath, JourneyValidationError } from "./errors/journey-validation-error";
export { JourneykitError, type JourneykitErrorOptions } from "./errors/journeykit-error";
export * from "./event-log/index";
export * from "./feedback/index";
export * from "./funnel/index";
export * from "./kpi/index";
export * from "./matching/index";
export { CHANNELS, type Channel, ChannelSchema } from "./model/channel";
export { defineJourney } from "./model/define-journey";
export { diffJourneys, type JourneyChange, type JourneyEntity } from "./model/diff-journeys";
export {
  type EventMatcher,
  EventMatcherSchema,
  type PropertyValue,
  PropertyValueSchema,
  type ValueCondition,
  ValueConditionSchema,
} from "./model/event-matcher";
export { type Id, IdSchema } from "./model/identifier";
export { JOURNEY_FORMAT, type Journey, type JourneyInput, JourneySchema } from "./model/journey";
export { type JourneyEvent, JourneyEventSchema, MAX_SEQUENCE_LENGTH } from "./model/journey-event";
export { JOURNEY_SCHEMA_ID, journeySchemaJson } from "./model/journey-schema-json";
export {
  type KpiDefinition,
  KpiDefinitionSchema,
  type KpiKind,
  KpiKindSchema,
  type KpiMeasure,
  KpiMeasureSchema,
} from "./model/kpi";
export { type Persona, PersonaSchema } from "./model/persona";
export { type SafeParseJourneyResult, safeParseJourney } from "./model/safe-parse-journey";
export { type Segment, SegmentSchema } from "./model/segment";
export {
  type BlueprintLanes,
  BlueprintLanesSchema,
  EMOTION_SCALE,
  type PainPoint,
  PainPointSchema,
  type Stage,
  StageSchema,
} from "./model/stage";
export { type Touchpoint, TouchpointSchema } from "./model/touchpoint";
export * from "./paths/index";
export { parseOptions } from "./paths/parse-options";
export * from "./retention/index";
export * from "./segmentation/index";
export * from "./stats/index";
