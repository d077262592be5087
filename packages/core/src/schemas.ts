// The zod schemas, published as @journeykit/core/schemas: the journey model's and every
// analysis' options, with the enums and limits they enforce, for tools that validate or
// generate input ahead of a call (the functions in the root entry validate their own input).
export {
  ATTRIBUTION_MODELS,
  AttributionModelSchema,
  AttributionOptionsSchema,
  TouchpointSourceSchema,
} from "./attribution/attribution-options";
export { ConformanceOptionsSchema } from "./conformance/conformance-options";
export { CategorizeFeedbackOptionsSchema } from "./feedback/categorize-feedback";
export { FeedbackScaleSchema } from "./feedback/feedback-scale";
export { RankPainPointsOptionsSchema } from "./feedback/rank-pain-points";
export { CompareFunnelsOptionsSchema } from "./funnel/compare-funnels";
export {
  FunnelBreakdownSchema,
  FunnelExclusionSchema,
  FunnelOptionsSchema,
  FunnelStepSchema,
} from "./funnel/funnel-options";
export { StageFunnelOptionsSchema } from "./funnel/stage-funnel";
export { CesOptionsSchema } from "./kpi/ces";
export { ConversionRateOptionsSchema } from "./kpi/conversion-rate";
export { CsatOptionsSchema } from "./kpi/csat";
export { MeasureKpisOptionsSchema } from "./kpi/measure-kpis";
export { NpsIntervalMethodSchema, NpsIntervalOptionsSchema, NpsOptionsSchema } from "./kpi/nps-options";
export { CHANNELS, ChannelSchema } from "./model/channel";
export { EventMatcherSchema, PropertyValueSchema, ValueConditionSchema } from "./model/event-matcher";
export { IdSchema } from "./model/identifier";
export { InstantSchema } from "./model/instant";
export { JOURNEY_FORMAT, JourneySchema } from "./model/journey";
export { JourneyEventSchema, MAX_SEQUENCE_LENGTH } from "./model/journey-event";
export { JOURNEY_SCHEMA_ID, journeySchemaJson } from "./model/journey-schema-json";
export { KpiDefinitionSchema, KpiKindSchema, KpiMeasureSchema } from "./model/kpi";
export { PersonaSchema } from "./model/persona";
export { SegmentSchema } from "./model/segment";
export { BlueprintLanesSchema, EMOTION_SCALE, PainPointSchema, StageSchema } from "./model/stage";
export { StepSchema } from "./model/step";
export { TouchpointSchema } from "./model/touchpoint";
export { NanSchema, OnInvalidSchema } from "./options/score-options";
export { DirectlyFollowsOptionsSchema } from "./paths/directly-follows";
export { NextActionsOptionsSchema } from "./paths/next-actions";
export { PathVariantsOptionsSchema } from "./paths/path-variants";
export { PreviousActionsOptionsSchema } from "./paths/previous-actions";
export { JourneyReportOptionsSchema } from "./report/journey-report";
export { PurchaseOptionsSchema } from "./retention/purchase-options";
export { RetentionOptionsSchema } from "./retention/retention";
export { AssignPersonasOptionsSchema, PersonaRuleSchema } from "./segmentation/assign-personas";
export { SegmentDefinitionSchema } from "./segmentation/define-segment";
export { RfmOptionsSchema } from "./segmentation/rfm";
export { RfmSegmentMapSchema } from "./segmentation/rfm-segment-map";
export { PeriodSchema, SegmentConditionSchema } from "./segmentation/segment-condition";
export { SegmentationOptionsSchema } from "./segmentation/segment-customers";
