import * as z from "zod";
import { type ConformanceOptions, type ConformanceResult, conformance } from "../conformance";
import type { EventLog } from "../event-log";
import { type FeedbackResponse, type PainPointRanking, rankPainPoints } from "../feedback";
import { type StageFunnelOptions, type StageFunnelResult, stageFunnel } from "../funnel";
import { type KpiMeasurement, type KpiReport, kpiReport } from "../kpi";
import type { Journey } from "../model/journey";
import { parseOptions } from "../options/parse-options";
import { type PathVariantsOptions, type PathVariantsResult, pathVariants } from "../paths";

/** The options of one analysis the report runs: an object, whose insides that analysis checks. */
const partOptions = <Options>(analysis: string): z.ZodOptional<z.ZodCustom<Options, Options>> =>
  z
    .custom<Options>(
      (value) => typeof value === "object" && value !== null && !Array.isArray(value),
      `must be ${analysis}'s options object`,
    )
    .optional();

// Annotated so that the declaration names StageFunnelOptions instead of spelling out the
// type-fest internals it resolves to (TS2742).
/**
 * The options of `journeyReport`. `metrics` and `feedback` are the report's inputs besides the
 * log; `stageFunnel`, `paths` and `conformance` are passed to those analyses, which check them
 * (a bad one is an `InvalidOptionError` naming its path inside that part, such as `optional[0]`).
 *
 * @example
 * ```ts
 * JourneyReportOptionsSchema.parse({ paths: { maxSteps: 4 } }); // { paths: { maxSteps: 4 } }
 * ```
 */
export const JourneyReportOptionsSchema: z.ZodObject<
  {
    metrics: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodCustom<KpiMeasurement | undefined>>>;
    feedback: z.ZodOptional<z.ZodArray<z.ZodCustom<FeedbackResponse>>>;
    stageFunnel: z.ZodOptional<z.ZodCustom<StageFunnelOptions, StageFunnelOptions>>;
    paths: z.ZodOptional<z.ZodCustom<PathVariantsOptions, PathVariantsOptions>>;
    conformance: z.ZodOptional<z.ZodCustom<ConformanceOptions, ConformanceOptions>>;
  },
  z.core.$strict
> = z.strictObject({
  /** Measured KPI values by KPI id, as `kpiReport` takes them. */
  metrics: z.record(z.string(), z.custom<KpiMeasurement | undefined>()).optional(),
  /** Feedback responses whose tags name pain point ids; they rank the pain points. */
  feedback: z.array(z.custom<FeedbackResponse>()).optional(),
  /** Options of the stage funnel (`stageFunnel`). */
  stageFunnel: partOptions<StageFunnelOptions>("stageFunnel"),
  /** Options of the paths (`pathVariants`); default `{ maxSteps: 5, top: 10, collapseRepeats: true }`, merged with these. */
  paths: partOptions<PathVariantsOptions>("pathVariants"),
  /** Options of the conformance check (`conformance`). */
  conformance: partOptions<ConformanceOptions>("conformance"),
});

/**
 * Options for `journeyReport`, as written; see {@link JourneyReportOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: JourneyReportOptions = {
 *   metrics: { nps: nps(surveyScores) },
 *   feedback,
 *   paths: { ignore: ["user_engagement", "scroll"], maxSteps: 5 },
 *   conformance: { ignore: ["user_engagement"] },
 * };
 * ```
 */
export type JourneyReportOptions = z.input<typeof JourneyReportOptionsSchema>;

/**
 * The data of a journey's report: every analysis `journeyReport` ran, as plain data that
 * `renderReport` (`@journeykit/render`) draws and a command line or a dashboard can print.
 *
 * @example
 * ```ts
 * const report: JourneyReport = journeyReport(journey, log);
 * report.stageFunnel?.overallConversion; // 0.12
 * report.conformance?.fitness; // 0.81
 * ```
 */
export interface JourneyReport {
  /** The journey the report is about. */
  readonly journey: Journey;
  /** Distinct customers in the log. */
  readonly customers: number;
  /** Events in the log. */
  readonly events: number;
  /** The first and last event's time (epoch milliseconds); `undefined` for an empty log. */
  readonly timeRange: { readonly start: number; readonly end: number } | undefined;
  /**
   * The stage funnel; `null` when no stage has a touchpoint with events, so nothing of the
   * journey can be observed in event data.
   */
  readonly stageFunnel: StageFunnelResult | null;
  /**
   * Stage id → the drop-off after that required stage: the share of customers who reached it but
   * not the next required stage (the last required stage has none). Empty without a stage funnel.
   */
  readonly stageDropOff: Readonly<Record<string, number>>;
  /** How well the data follows the map; `null` when the stage funnel is. */
  readonly conformance: ConformanceResult | null;
  /** The most common paths through the log's events. */
  readonly paths: PathVariantsResult;
  /** The measured KPIs as given (`metrics`), by KPI id. */
  readonly metrics: Readonly<Record<string, KpiMeasurement | undefined>>;
  /** Every KPI of the journey against its target. */
  readonly kpis: KpiReport;
  /** The pain points, biggest problem first, weighted by {@link JourneyReport.stageDropOff}. */
  readonly painPoints: PainPointRanking;
  /** How many feedback responses were given (`feedback`); 0 means the ranking rests on drop-off only. */
  readonly feedbackResponses: number;
}

const DEFAULT_PATHS: PathVariantsOptions = { maxSteps: 5, top: 10, collapseRepeats: true };

function dropOffAfterStages(result: StageFunnelResult): Record<string, number> {
  const rates: Record<string, number> = {};
  result.steps.forEach((step, index) => {
    if (step.optional) return;
    const next = result.steps.slice(index + 1).find((candidate) => !candidate.optional);
    const stage = result.stages[index];
    if (next !== undefined && stage !== undefined) rates[stage.id] = next.dropOffRate;
  });
  return rates;
}

/** Whether any stage has a touchpoint with events, that is whether event data can show the journey at all. */
function isObservable(journey: Journey): boolean {
  const withEvents = new Set(
    journey.touchpoints
      .filter((touchpoint) => touchpoint.events.length > 0)
      .map((touchpoint) => touchpoint.id),
  );
  return journey.stages.some((stage) => stage.touchpoints.some((id) => withEvents.has(id)));
}

/**
 * Runs every analysis of a journey's report once and returns their results as plain data: the
 * stage funnel, the drop-off after each required stage, conformance, the top paths, every KPI
 * against its target and the pain points ranked (weighted by the drop-off after their stage).
 * `renderReport` from `@journeykit/render` draws it; anything else can read it.
 *
 * Over an empty log the funnel's rates are 0 with their counts 0 and the lists are empty
 * (docs/conventions.md); a journey without a stage that events can show gives `stageFunnel` and
 * `conformance` `null`.
 *
 * @param journey - A journey from `defineJourney` or a template.
 * @param log - The behaviour data.
 * @param options - `metrics` (measured KPIs), `feedback`, and the options of `stageFunnel`,
 * `paths` and `conformance`; see {@link JourneyReportOptionsSchema}.
 * @returns The report's data.
 * @throws {@link InvalidOptionError} for an unknown option, an invalid option of any analysis,
 * metrics of unknown KPIs, or feedback of the wrong shape (`InvalidFeedbackError`).
 *
 * @example
 * ```ts
 * import { EventLog, defineJourney, journeyReport } from "@journeykit/core";
 *
 * const report = journeyReport(defineJourney(webShop), EventLog.from(events), {
 *   paths: { ignore: ["user_engagement"] },
 * });
 * report.stageFunnel?.biggestDropOff.byCount; // { fromLabel: "Consider", toLabel: "Buy", dropOff: 412, ... }
 * report.painPoints.painPoints[0]?.id; // "surprise-shipping-cost"
 * ```
 */
export function journeyReport(
  journey: Journey,
  log: EventLog,
  options?: JourneyReportOptions,
): JourneyReport {
  const parsed = parseOptions(JourneyReportOptionsSchema, options);
  const metrics = parsed.metrics ?? {};
  const feedback = parsed.feedback ?? [];
  const kpis = kpiReport(journey, metrics);
  const observable = isObservable(journey);
  const funnel = observable ? stageFunnel(journey, log, parsed.stageFunnel) : null;
  const fit = observable ? conformance(journey, log, parsed.conformance) : null;
  const paths = pathVariants(log, { ...DEFAULT_PATHS, ...parsed.paths });
  const stageDropOff = funnel === null ? {} : dropOffAfterStages(funnel);
  return {
    journey,
    customers: log.customerCount,
    events: log.size,
    timeRange: log.timeRange,
    stageFunnel: funnel,
    stageDropOff,
    conformance: fit,
    paths,
    metrics,
    kpis,
    painPoints: rankPainPoints(journey, feedback, { stageDropOff }),
    feedbackResponses: feedback.length,
  };
}
