import * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import { funnel } from "../funnel";
import { compileEventMatcher } from "../matching/compile-event-matcher";
import { stepLabel } from "../matching/step-label";
import type { Journey } from "../model/journey";
import { KPI_MEASURE_FIT, type KpiDefinition, type KpiMeasure } from "../model/kpi";
import type { Step } from "../model/step";
import { parseOptions } from "../options/parse-options";
import { type PurchaseOptions, repeatPurchaseRate } from "../retention";
import { type ConfidenceInterval, ConfidenceSchema } from "../stats/confidence-interval";
import { wilsonInterval } from "../stats/wilson-interval";
import type { KpiMeasurement, KpiUnit } from "./kpi-report";

/**
 * The options of `measureKpis`: `confidence` (0.95) of the Wilson intervals.
 *
 * @example
 * ```ts
 * MeasureKpisOptionsSchema.parse({}); // { confidence: 0.95 }
 * ```
 */
export const MeasureKpisOptionsSchema = z.strictObject({ confidence: ConfidenceSchema });

/**
 * Options for `measureKpis`, as written.
 *
 * @example
 * ```ts
 * const options: MeasureKpisOptions = { confidence: 0.9 };
 * ```
 */
export type MeasureKpisOptions = z.input<typeof MeasureKpisOptionsSchema>;

/**
 * One KPI measured from events: a {@link KpiMeasurement} in the KPI's own unit, with the measure
 * type and the count behind the value.
 *
 * @example
 * ```ts
 * const measured: MeasuredKpi = {
 *   type: "conversion", value: 0.308, unit: "ratio", n: 263, count: 81,
 *   interval: { lower: 0.2553, upper: 0.3662, confidence: 0.95, method: "wilson" },
 * };
 * ```
 */
export interface MeasuredKpi extends KpiMeasurement {
  /** The measure type that produced it. */
  readonly type: KpiMeasure["type"];
  /** The value, in `unit`. */
  readonly value: number;
  /** Always the KPI's unit. */
  readonly unit: KpiUnit;
  /**
   * What the value rests on: the customers who did `from` (conversion, drop-off), who bought
   * (repeat-purchase), who have a time (median-time); for reach, every customer in the log.
   */
  readonly n: number;
  /**
   * The customers counted: converted, dropped off, bought again, reached; for median-time the
   * same as `n`.
   */
  readonly count: number;
  /** The Wilson interval (in `unit`) of a proportion; `null` for reach and median-time. */
  readonly interval: ConfidenceInterval | null;
}

/**
 * A KPI with a measure that could not be measured from this log, and why.
 *
 * @example
 * ```ts
 * const skipped: SkippedKpi = { kpi: "checkout-conversion", problem: 'no customer did "begin_checkout", so the rate is unknown' };
 * ```
 */
export interface SkippedKpi {
  /** The KPI's id. */
  readonly kpi: string;
  /** Why it has no value. */
  readonly problem: string;
}

/**
 * What {@link measureKpis} returns. Plain data.
 *
 * @example
 * ```ts
 * const result: MeasureKpisResult = measureKpis(journey, log);
 * kpiReport(journey, result.measurements);
 * ```
 */
export interface MeasureKpisResult {
  /** KPI id → measured value, for every KPI that has a measure and could be measured: what `kpiReport` takes. */
  readonly measurements: Readonly<Record<string, MeasuredKpi>>;
  /** KPIs with a measure whose denominator is empty in this log (nobody eligible), in the journey's order. */
  readonly skipped: readonly SkippedKpi[];
  /** Ids of KPIs without a measure (surveys and other sources), in the journey's order. */
  readonly unmeasured: readonly string[];
}

type Proportion = { readonly count: number; readonly n: number };
type StepPair = Extract<KpiMeasure, { type: "conversion" | "drop-off" | "median-time" }>;

function twoStepFunnel(log: EventLog, measure: StepPair) {
  const steps = [measure.from, measure.to];
  return funnel(log, measure.within === undefined ? { steps } : { steps, window: measure.within });
}

function eligibleAndConverted(log: EventLog, measure: StepPair): Proportion {
  const result = twoStepFunnel(log, measure);
  return { n: result.steps[0]?.count ?? 0, count: result.steps[1]?.count ?? 0 };
}

function customersWith(log: EventLog, step: Step): number {
  const matches = compileEventMatcher(log, step);
  let reached = 0;
  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const end = log.columns.customerStart[customer + 1] as number;
    for (let index = log.columns.customerStart[customer] as number; index < end; index += 1) {
      if (matches(index)) {
        reached += 1;
        break;
      }
    }
  }
  return reached;
}

const MS_PER: Partial<Record<KpiUnit, number>> = { seconds: 1000, days: 86_400_000 };

function measureOne(
  log: EventLog,
  kpi: KpiDefinition,
  measure: KpiMeasure,
  confidence: number,
): MeasuredKpi | SkippedKpi {
  const fit = KPI_MEASURE_FIT[measure.type];
  if (!fit.kinds.includes(kpi.kind) || !fit.units.includes(kpi.unit)) {
    throw new InvalidOptionError({
      option: `journey.kpis.${kpi.id}.measure`,
      problem: `a "${measure.type}" measure cannot compute a "${kpi.kind}" KPI in "${kpi.unit}"; build the journey with defineJourney, which reports such measures`,
    });
  }
  const scale = kpi.unit === "percent" ? 100 : 1;
  const proportion = ({ count, n }: Proportion, nobody: string): MeasuredKpi | SkippedKpi => {
    if (n === 0) return { kpi: kpi.id, problem: nobody };
    const interval = wilsonInterval(count, n, confidence);
    return {
      type: measure.type,
      value: (count * scale) / n,
      unit: kpi.unit,
      n,
      count,
      interval: { ...interval, lower: interval.lower * scale, upper: interval.upper * scale },
    };
  };
  const noneDid = (step: Step) =>
    `no customer did ${JSON.stringify(stepLabel(step))}, so the rate is unknown`;
  switch (measure.type) {
    case "conversion":
      return proportion(eligibleAndConverted(log, measure), noneDid(measure.from));
    case "drop-off": {
      const { count, n } = eligibleAndConverted(log, measure);
      return proportion({ count: n - count, n }, noneDid(measure.from));
    }
    case "repeat-purchase": {
      const purchase = measure.purchase ?? "purchase";
      if (customersWith(log, purchase) === 0) return { kpi: kpi.id, problem: noneDid(purchase) };
      // The purchase options type is not readonly; the step is only read.
      const result = repeatPurchaseRate(log, {
        purchase: purchase as PurchaseOptions["purchase"],
        confidence,
      });
      return proportion({ count: result.repeatCustomers, n: result.n }, noneDid(purchase));
    }
    case "reach": {
      const count = customersWith(log, measure.event);
      return { type: "reach", value: count, unit: kpi.unit, n: log.customerCount, count, interval: null };
    }
    case "median-time": {
      const time = twoStepFunnel(log, measure).steps[1]?.timeFromPrevious;
      if (time == null || time.count === 0) {
        return {
          kpi: kpi.id,
          problem: `no customer did ${JSON.stringify(stepLabel(measure.from))} and then ${JSON.stringify(stepLabel(measure.to))} within the window, so there is no time to take the median of`,
        };
      }
      const msPer = MS_PER[kpi.unit] ?? Number.NaN;
      return {
        type: "median-time",
        value: time.median / msPer,
        unit: kpi.unit,
        n: time.count,
        count: time.count,
        interval: null,
      };
    }
  }
}

/**
 * Measures, from an event log, every KPI of a journey that says how it is measured (its
 * `measure`, see {@link schemas!KpiMeasureSchema}), and returns what `kpiReport` takes. Nothing is
 * guessed from a KPI's name or kind: a KPI without a `measure` (an NPS survey, say) is listed
 * in `unmeasured` and left for other data, so the report shows it as "no data".
 *
 * - `conversion`: runs the two-step {@link funnel} `[from, to]` (window `within`, default
 *   `"7d"`; customers; ordered); the value is step 2's count over step 1's, N is step 1's count,
 *   with a Wilson interval.
 * - `drop-off`: the same funnel; (step 1 − step 2) over step 1, with its Wilson interval.
 * - `repeat-purchase`: {@link repeatPurchaseRate} over the events matching `purchase`.
 * - `reach`: the number of customers with a matching event (N: the customers in the log; no
 *   interval).
 * - `median-time`: the two-step funnel's median `timeFromPrevious` of step 2, in the KPI's unit
 *   (`seconds` or `days`; N: the customers timed; no interval).
 *
 * Proportions are in the KPI's unit: a ratio from 0 to 1, or percent from 0 to 100 (the
 * interval too). A measure whose denominator is empty here (nobody did `from`, nobody bought,
 * nobody did both steps for a time) has no honest value: it is left out of `measurements` and
 * listed in `skipped` with the reason, rather than reported as 0.
 *
 * @param journey - A journey from `defineJourney` (which checks that each measure fits its KPI).
 * @param log - The events.
 * @param options - `confidence` (0.95) of the intervals.
 * @returns `measurements` (KPI id → {@link MeasuredKpi}), `skipped` and `unmeasured`.
 * @throws {@link InvalidOptionError} when `log` is not an EventLog, an option is invalid, or a
 *   measure cannot be run (its KPI's unit does not fit it: a journey not built by `defineJourney`).
 *
 * @example
 * ```ts
 * import { EventLog, defineJourney, kpiReport, measureKpis } from "@journeykit/core";
 *
 * const journey = defineJourney({
 *   format: "journeykit/v1", id: "shop", name: "Shop", version: "1",
 *   kpis: [
 *     { id: "checkout", name: "Checkout conversion", kind: "conversion", stage: "buy", target: 0.5,
 *       measure: { type: "conversion", from: "begin_checkout", to: "purchase", within: "1d" } },
 *     { id: "nps", name: "NPS", kind: "nps", unit: "score" },
 *   ],
 *   stages: [{ id: "buy", name: "Buy", order: 1, kpis: ["checkout"] }],
 * });
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 0, name: "begin_checkout" },
 *   { customerId: "ann", timestamp: 60_000, name: "purchase" },
 *   { customerId: "bob", timestamp: 0, name: "begin_checkout" },
 * ]);
 * const { measurements, skipped, unmeasured } = measureKpis(journey, log);
 * measurements.checkout; // { type: "conversion", value: 0.5, n: 2, count: 1, interval: { lower: 0.0945, upper: 0.9055, ... }, unit: "ratio" }
 * skipped; // []
 * unmeasured; // ["nps"]
 * kpiReport(journey, measurements).totals; // { met: 1, missed: 0, noData: 1, noTarget: 0 }
 * ```
 */
export function measureKpis(
  journey: Journey,
  log: EventLog,
  options?: MeasureKpisOptions,
): MeasureKpisResult {
  const { confidence } = parseOptions(MeasureKpisOptionsSchema, options);
  if (!(log instanceof EventLog)) {
    throw new InvalidOptionError({
      option: "log",
      problem: "expected an EventLog; build one with EventLog.from(events) or an adapter",
    });
  }
  const measurements: Record<string, MeasuredKpi> = {};
  const skipped: SkippedKpi[] = [];
  const unmeasured: string[] = [];
  for (const kpi of journey.kpis) {
    if (kpi.measure === undefined) {
      unmeasured.push(kpi.id);
      continue;
    }
    const result = measureOne(log, kpi, kpi.measure, confidence);
    if ("problem" in result) skipped.push(result);
    else measurements[kpi.id] = result;
  }
  return { measurements, skipped, unmeasured };
}
