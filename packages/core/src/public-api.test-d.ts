// The published surface of @journeykit/core, entry by entry: every value name exactly (a name
// added, moved or dropped fails here until this file, and a changeset, say so) and every type
// name present, with the signatures of the calls most users make.
import { describe, expectTypeOf, it } from "vitest";
import type * as Adapter from "./adapter/index";
import type * as Core from "./index";
import type * as Internal from "./internal";
import type * as Schemas from "./schemas";
import type * as Stats from "./stats/index";
import type * as Testing from "./testing/index";

describe("@journeykit/core's public API", () => {
  it("@journeykit/core exports exactly these values", () => {
    expectTypeOf<keyof typeof Core>().toEqualTypeOf<
      | "AdapterAbortError"
      | "AdapterReadError"
      | "EmptySampleError"
      | "EventLog"
      | "EventLogBuilder"
      | "InsufficientDataError"
      | "InvalidCountError"
      | "InvalidEventError"
      | "InvalidFeedbackError"
      | "InvalidOptionError"
      | "InvalidScoreError"
      | "JourneyValidationError"
      | "JourneykitError"
      | "NO_TOUCHPOINT"
      | "RFM_SEGMENT_MAP"
      | "SegmentDefinitionError"
      | "TooManyBadRecordsError"
      | "assignPersonas"
      | "attribution"
      | "bySegment"
      | "categorizeFeedback"
      | "ces"
      | "compareFunnels"
      | "compareNps"
      | "conformance"
      | "conversionRate"
      | "csat"
      | "defineJourney"
      | "defineSegment"
      | "diffJourneys"
      | "directlyFollows"
      | "feedbackSentiment"
      | "funnel"
      | "interPurchaseTime"
      | "journeyReport"
      | "kpiReport"
      | "measureKpis"
      | "nextActions"
      | "nps"
      | "npsFromCounts"
      | "pathVariants"
      | "previousActions"
      | "purchaseFrequency"
      | "rankPainPoints"
      | "readAll"
      | "readLog"
      | "repeatPurchaseRate"
      | "retention"
      | "rfm"
      | "safeParseJourney"
      | "segmentCustomers"
      | "sentimentCuts"
      | "stageFunnel"
    >();
  });

  it("@journeykit/core exports these types", () => {
    expectTypeOf<
      [
        Core.ActionCount,
        Core.AnchorCount,
        Core.AssignPersonasOptions,
        Core.AttributionModel,
        Core.AttributionOptions,
        Core.AttributionResult,
        Core.Backtrack,
        Core.BlueprintLanes,
        Core.CategorizeFeedbackOptions,
        Core.CesOptions,
        Core.CesResult,
        Core.Channel,
        Core.CohortPeriod,
        Core.CompareFunnelsOptions,
        Core.ConformanceOptions,
        Core.ConformanceResult,
        Core.ConversionRateOptions,
        Core.ConversionRateResult,
        Core.CsatOptions,
        Core.CsatResult,
        Core.CustomerAttributes,
        Core.CustomerRecords,
        Core.DeviatingVariant,
        Core.DeviationKind,
        Core.DirectlyFollowsOptions,
        Core.DirectlyFollowsResult,
        Core.Duration,
        Core.EventLogColumns,
        Core.EventMatcher,
        Core.EventProperties,
        Core.FeedbackResponse,
        Core.FeedbackScale,
        Core.FeedbackSummary,
        Core.FunnelBreakdown,
        Core.FunnelBreakdownGroup,
        Core.FunnelComparison,
        Core.FunnelDropOff,
        Core.FunnelExclusion,
        Core.FunnelOptions,
        Core.FunnelResult,
        Core.FunnelStep,
        Core.FunnelStepComparison,
        Core.FunnelStepResult,
        Core.FunnelSummary,
        Core.Id,
        Core.InterPurchaseTime,
        Core.Journey,
        Core.JourneyChange,
        Core.JourneyEntity,
        Core.JourneyEvent,
        Core.JourneyInput,
        Core.JourneyReport,
        Core.JourneyReportOptions,
        Core.Issue,
        Core.JourneyTouchpoints,
        Core.KpiDefinition,
        Core.KpiKind,
        Core.KpiMeasure,
        Core.KpiMeasurement,
        Core.KpiReport,
        Core.KpiReportLine,
        Core.KpiReportStage,
        Core.KpiStatus,
        Core.KpiUnit,
        Core.MarkovDetails,
        Core.MeasureKpisOptions,
        Core.MeasureKpisResult,
        Core.MeasuredKpi,
        Core.NeighbourActionsResult,
        Core.NextActionsOptions,
        Core.NpsComparison,
        Core.NpsCounts,
        Core.NpsIntervalOptions,
        Core.NpsOptions,
        Core.NpsResult,
        Core.PainPoint,
        Core.PainPointRanking,
        Core.PathVariant,
        Core.PathVariantsOptions,
        Core.PathVariantsResult,
        Core.Persona,
        Core.PersonaAssignment,
        Core.PersonaRule,
        Core.PreviousActionsOptions,
        Core.PropertyValue,
        Core.ProportionComparison,
        Core.ProportionSample,
        Core.Purchase,
        Core.PurchaseFrequency,
        Core.PurchaseInput,
        Core.PurchaseOptions,
        Core.RankPainPointsOptions,
        Core.RankedPainPoint,
        Core.ReadAllResult,
        Core.ReadLogResult,
        Core.ReadOptions,
        Core.ReadReport,
        Core.RepeatPurchaseRate,
        Core.ResolvedAttributionModel,
        Core.RetentionCohort,
        Core.RetentionOptions,
        Core.RetentionTable,
        Core.RfmCustomer,
        Core.RfmOptions,
        Core.RfmResult,
        Core.RfmSegmentMap,
        Core.SafeParseJourneyResult,
        Core.ScoreInput,
        Core.Segment,
        Core.SegmentBreakdown<unknown>,
        Core.SegmentCondition,
        Core.SegmentDefinition,
        Core.SegmentDefinitionInput,
        Core.SegmentMembers,
        Core.Segmentation,
        Core.SegmentationOptions,
        Core.Sentiment,
        Core.SentimentCounts,
        Core.SentimentCuts,
        Core.SequenceBoundary,
        Core.SkippedKpi,
        Core.Stage,
        Core.StageConformance,
        Core.StageFeedback,
        Core.StageFunnelOptions,
        Core.StageFunnelResult,
        Core.Step,
        Core.TagCount,
        Core.TagFrequency,
        Core.TimeSummary,
        Core.Touchpoint,
        Core.TouchpointSource,
        Core.TouchpointUsage,
        Core.Transition,
        Core.UnrecognisedEvent,
        Core.ValueCondition,
      ]
    >().not.toBeNever();
  });

  it("@journeykit/core/adapter exports exactly these values", () => {
    expectTypeOf<keyof typeof Adapter>().toEqualTypeOf<
      | "ADAPTER_FAILURE"
      | "AdapterAbortError"
      | "BYTE_ORDER_MARK"
      | "issuesFromZod"
      | "parseOptions"
      | "REPLACEMENT_CHARACTER"
      | "REPLACEMENT_CHARACTER_WARNING"
      | "withoutByteOrderMark"
      | "AdapterReadError"
      | "READ_REPORT_LIST_LIMIT"
      | "TooManyBadRecordsError"
      | "checkReadOptions"
      | "compareSequences"
      | "createReadState"
      | "defineAdapter"
    >();
  });

  it("@journeykit/core/adapter exports these types", () => {
    expectTypeOf<
      [
        Adapter.AdapterBatchStream,
        Adapter.AdapterContext,
        Adapter.AdapterDefinition,
        Adapter.AdapterInput,
        Adapter.AdapterReadErrorOptions,
        Adapter.AdapterReadStream,
        Adapter.AdapterSourceKind,
        Adapter.AdapterSourceUnits,
        Adapter.EventLogBatch,
        Adapter.JourneyAdapterV1,
        Adapter.ReadDetails,
        Adapter.ReadProgress,
        Adapter.ReadState,
        Adapter.SkippedRecord,
      ]
    >().not.toBeNever();
  });

  it("@journeykit/core/schemas exports exactly these values", () => {
    expectTypeOf<keyof typeof Schemas>().toEqualTypeOf<
      | "ATTRIBUTION_MODELS"
      | "AssignPersonasOptionsSchema"
      | "AttributionModelSchema"
      | "AttributionOptionsSchema"
      | "BlueprintLanesSchema"
      | "CHANNELS"
      | "CategorizeFeedbackOptionsSchema"
      | "CesOptionsSchema"
      | "ChannelSchema"
      | "CompareFunnelsOptionsSchema"
      | "ConformanceOptionsSchema"
      | "ConversionRateOptionsSchema"
      | "CsatOptionsSchema"
      | "DirectlyFollowsOptionsSchema"
      | "EMOTION_SCALE"
      | "EventMatcherSchema"
      | "FeedbackScaleSchema"
      | "FunnelBreakdownSchema"
      | "FunnelExclusionSchema"
      | "FunnelOptionsSchema"
      | "FunnelStepSchema"
      | "IdSchema"
      | "InstantSchema"
      | "JOURNEY_FORMAT"
      | "JOURNEY_SCHEMA_ID"
      | "JourneyEventSchema"
      | "JourneySchema"
      | "KpiDefinitionSchema"
      | "KpiKindSchema"
      | "KpiMeasureSchema"
      | "MAX_SEQUENCE_LENGTH"
      | "MeasureKpisOptionsSchema"
      | "NanSchema"
      | "NextActionsOptionsSchema"
      | "NpsIntervalMethodSchema"
      | "NpsIntervalOptionsSchema"
      | "NpsOptionsSchema"
      | "OnInvalidSchema"
      | "PainPointSchema"
      | "PathVariantsOptionsSchema"
      | "PeriodSchema"
      | "PersonaRuleSchema"
      | "PersonaSchema"
      | "PreviousActionsOptionsSchema"
      | "PropertyValueSchema"
      | "JourneyReportOptionsSchema"
      | "PurchaseOptionsSchema"
      | "RankPainPointsOptionsSchema"
      | "RetentionOptionsSchema"
      | "RfmOptionsSchema"
      | "RfmSegmentMapSchema"
      | "SegmentConditionSchema"
      | "SegmentDefinitionSchema"
      | "SegmentSchema"
      | "SegmentationOptionsSchema"
      | "StageFunnelOptionsSchema"
      | "StageSchema"
      | "StepSchema"
      | "TouchpointSchema"
      | "TouchpointSourceSchema"
      | "ValueConditionSchema"
      | "journeySchemaJson"
    >();
  });

  it("@journeykit/core/stats exports exactly these values", () => {
    expectTypeOf<keyof typeof Stats>().toEqualTypeOf<
      | "ConfidenceSchema"
      | "meanInterval"
      | "normalCdf"
      | "normalQuantile"
      | "studentTCdf"
      | "studentTQuantile"
      | "twoSidedZ"
      | "wilsonInterval"
    >();
  });

  it("@journeykit/core/stats exports these types", () => {
    expectTypeOf<[Stats.ConfidenceInterval, Stats.IntervalMethod]>().not.toBeNever();
  });

  it("@journeykit/core/testing exports exactly these values", () => {
    expectTypeOf<keyof typeof Testing>().toEqualTypeOf<"conformanceChecks" | "runAdapterConformance">();
  });

  it("@journeykit/core/testing exports these types", () => {
    expectTypeOf<
      [
        Testing.AdapterCapabilities,
        Testing.AdapterConformanceOptions,
        Testing.ConformanceCheck,
        Testing.ConformanceFixture,
        Testing.RecordReorderer,
      ]
    >().not.toBeNever();
  });

  it("@journeykit/core/internal exports exactly these values", () => {
    expectTypeOf<keyof typeof Internal>().toEqualTypeOf<
      | "compileEventMatcher"
      | "compileEventMatchers"
      | "formatIssuePath"
      | "parseDuration"
      | "planFunnel"
      | "planStageFunnel"
      | "stepLabel"
      | "summarizeFunnel"
    >();
  });

  it("@journeykit/core/internal exports these types", () => {
    expectTypeOf<
      [
        Internal.CompiledEventMatchers,
        Internal.EventPredicate,
        Internal.FunnelCounts,
        Internal.FunnelPlan,
        Internal.StageFunnelPlan,
        Internal.InsufficientDataErrorOptions,
        Internal.JourneykitErrorOptions,
      ]
    >().not.toBeNever();
  });

  it("keeps the signatures of the main calls", () => {
    expectTypeOf<typeof Core.funnel>().toEqualTypeOf<
      (log: Core.EventLog, options: Core.FunnelOptions) => Core.FunnelResult
    >();
    expectTypeOf<typeof Core.stageFunnel>().parameters.toEqualTypeOf<
      [journey: Core.Journey, log: Core.EventLog, options?: Core.StageFunnelOptions]
    >();
    expectTypeOf<typeof Core.stageFunnel>().returns.toEqualTypeOf<Core.StageFunnelResult>();
    expectTypeOf<typeof Core.conformance>().returns.toEqualTypeOf<Core.ConformanceResult>();
    expectTypeOf<typeof Core.pathVariants>().toEqualTypeOf<
      (log: Core.EventLog, options?: Core.PathVariantsOptions) => Core.PathVariantsResult
    >();
    expectTypeOf<typeof Core.journeyReport>().toEqualTypeOf<
      (journey: Core.Journey, log: Core.EventLog, options?: Core.JourneyReportOptions) => Core.JourneyReport
    >();
    expectTypeOf<typeof Core.attribution>().toEqualTypeOf<
      (log: Core.EventLog, options: Core.AttributionOptions) => Core.AttributionResult
    >();
    expectTypeOf<typeof Core.nps>().toEqualTypeOf<
      (scores: Core.ScoreInput, options?: Core.NpsOptions) => Core.NpsResult
    >();
    expectTypeOf<typeof Core.defineJourney>().toEqualTypeOf<(input: Core.JourneyInput) => Core.Journey>();
    expectTypeOf<typeof Core.EventLog.from>().toEqualTypeOf<
      (events: Iterable<Core.JourneyEvent>) => Core.EventLog
    >();
    expectTypeOf<typeof Core.readLog<object, Adapter.ReadDetails>>().parameters.toEqualTypeOf<
      [adapter: Adapter.JourneyAdapterV1, input: Adapter.AdapterInput, options?: Core.ReadOptions & object]
    >();
    expectTypeOf<ReturnType<typeof Core.readLog>>().toEqualTypeOf<Promise<Core.ReadLogResult>>();
  });

  it("gives the log's columns read-only", () => {
    const log = {} as Core.EventLog;
    // @ts-expect-error: the columns are read-only
    log.columns.timestamp[0] = 1;
    // @ts-expect-error: the record is read-only
    log.columns.names = [];
    expectTypeOf(log.columns.customerStart[0]).toEqualTypeOf<number | undefined>();
  });
});
