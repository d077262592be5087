// The root entry, @journeykit/core: what an analysis user calls (the journey model, the event
// log, reading a source, the analyses) and the types of their arguments, results and errors.
// What fewer users need has its own entry: /adapter (writing a reader), /schemas (the zod
// schemas), /stats (distributions and intervals), /testing (the adapter conformance kit) and
// /internal (engine pieces shared with journeykit's own packages; not for users).

export { AdapterAbortError } from "./adapter/adapter-abort-error";
export { type ReadAllResult, readAll } from "./adapter/read-all";
export { type ReadLogResult, readLog } from "./adapter/read-log";
export type { ReadOptions } from "./adapter/read-options";
export type { ReadReport } from "./adapter/read-report";
export { TooManyBadRecordsError } from "./adapter/too-many-bad-records-error";
export * from "./attribution/index";
export * from "./conformance/index";
export { AdapterReadError } from "./errors/adapter-read-error";
export { InvalidEventError } from "./errors/invalid-event-error";
export { InvalidOptionError } from "./errors/invalid-option-error";
export type { Issue } from "./errors/issue";
export { JourneyValidationError } from "./errors/journey-validation-error";
export { JourneykitError } from "./errors/journeykit-error";
export * from "./event-log/index";
export * from "./feedback/index";
export * from "./funnel/index";
export * from "./kpi/index";
export * from "./matching/index";
export type { Channel } from "./model/channel";
export { defineJourney } from "./model/define-journey";
export { diffJourneys, type JourneyChange, type JourneyEntity } from "./model/diff-journeys";
export type { EventMatcher, PropertyValue, ValueCondition } from "./model/event-matcher";
export type { Id } from "./model/identifier";
export type { Journey, JourneyInput } from "./model/journey";
export type { JourneyEvent } from "./model/journey-event";
export type { KpiDefinition, KpiKind, KpiMeasure } from "./model/kpi";
export type { Persona } from "./model/persona";
export { type SafeParseJourneyResult, safeParseJourney } from "./model/safe-parse-journey";
export type { Segment } from "./model/segment";
export type { BlueprintLanes, PainPoint, Stage } from "./model/stage";
export type { Touchpoint } from "./model/touchpoint";
export * from "./paths/index";
export * from "./report/index";
export * from "./retention/index";
export * from "./segmentation/index";
