import { InvalidOptionError } from "../errors/invalid-option-error";
import type { Journey } from "../model/journey";
import type { KpiDefinition } from "../model/kpi";

/**
 * The unit of a KPI value, as in {@link KpiDefinition}.
 *
 * @example
 * ```ts
 * const unit: KpiUnit = "percent";
 * ```
 */
export type KpiUnit = KpiDefinition["unit"];

/**
 * A measured KPI value for `kpiReport`: at least `value`; `n` and `interval` when known, and its
 * `unit` when it may differ from the KPI's (a ratio is converted to percent and back). The
 * results of `nps`, `csat`, `ces` and `conversionRate` are measurements as they are.
 *
 * @example
 * ```ts
 * const measurement: KpiMeasurement = { value: 0.31, n: 263, interval: { lower: 0.26, upper: 0.37 }, unit: "ratio" };
 * ```
 */
export interface KpiMeasurement {
  /** The measured value. */
  readonly value: number;
  /** How many observations it rests on. */
  readonly n?: number;
  /** Its confidence interval, in the same unit. */
  readonly interval?: { readonly lower: number; readonly upper: number } | null;
  /** Its unit; when left out it is taken to be the KPI's own. */
  readonly unit?: KpiUnit;
}

/**
 * Where a KPI stands: `met` (on the right side of its target or on it), `missed`, `no-data`
 * (nothing measured) or `no-target` (measured, but the journey sets no target).
 *
 * @example
 * ```ts
 * const status: KpiStatus = "met";
 * ```
 */
export type KpiStatus = "met" | "missed" | "no-data" | "no-target";

/**
 * One KPI in a {@link KpiReport}.
 *
 * @example
 * ```ts
 * const line: KpiReportLine = report.stages[1]?.kpis[0];
 * if (line?.status === "missed" && line.clearOfTarget) console.log(`${line.name} is clearly below target`);
 * ```
 */
export interface KpiReportLine {
  /** The KPI's id. */
  readonly id: string;
  /** The KPI's name. */
  readonly name: string;
  /** What it measures. */
  readonly kind: KpiDefinition["kind"];
  /** The stage it belongs to, or `null` for the whole journey. */
  readonly stage: string | null;
  /** The KPI's unit; `value`, `target` and `interval` are in it. */
  readonly unit: KpiUnit;
  /** Whether higher or lower is better. */
  readonly direction: KpiDefinition["direction"];
  /** The target, or `null` when none is set. */
  readonly target: number | null;
  /** The measured value, or `null` when nothing was measured. */
  readonly value: number | null;
  /** The interval of `value`, or `null` when unknown. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /** Observations behind `value`, or `null` when unknown. */
  readonly n: number | null;
  /** Met, missed, no data, or no target. */
  readonly status: KpiStatus;
  /** How far `value` is on the good side of `target` (negative: the bad side), or `null`. */
  readonly margin: number | null;
  /**
   * Whether the whole interval lies on the same side of the target as `value`, so the status
   * is not a coin toss; `null` when there is no interval or no target to compare.
   */
  readonly clearOfTarget: boolean | null;
}

/**
 * The KPIs of one stage (or of the whole journey, `stage: null`) in a {@link KpiReport}.
 *
 * @example
 * ```ts
 * const group: KpiReportStage = { stage: "purchase", name: "Purchase", kpis: [] };
 * ```
 */
export interface KpiReportStage {
  /** The stage id, or `null` for journey-wide KPIs. */
  readonly stage: string | null;
  /** The stage name, or the journey's name for journey-wide KPIs. */
  readonly name: string;
  /** Its KPIs, in the journey's order. */
  readonly kpis: readonly KpiReportLine[];
}

/**
 * Every KPI of a journey against its target, grouped by stage. Plain data.
 *
 * @example
 * ```ts
 * const report: KpiReport = kpiReport(journey, { "checkout-conversion": conversionRate(81, 263) });
 * report.totals; // { met: 0, missed: 1, noData: 2, noTarget: 0 }
 * ```
 */
export interface KpiReport {
  /** The journey's id. */
  readonly journey: string;
  /** Journey-wide KPIs first (when there are any), then each stage in order, with or without KPIs. */
  readonly stages: readonly KpiReportStage[];
  /** How many KPIs have each status. */
  readonly totals: {
    readonly met: number;
    readonly missed: number;
    readonly noData: number;
    readonly noTarget: number;
  };
}

function convert(value: number, from: KpiUnit, to: KpiUnit, kpiId: string): number {
  if (from === to) return value;
  if (from === "ratio" && to === "percent") return value * 100;
  if (from === "percent" && to === "ratio") return value / 100;
  throw new InvalidOptionError({
    option: `measurements.${kpiId}.unit`,
    problem: `the measurement is in "${from}" but KPI "${kpiId}" is in "${to}"; only ratio and percent convert into each other`,
  });
}

function checkMeasurement(id: string, measurement: KpiMeasurement): void {
  if (typeof measurement?.value !== "number" || !Number.isFinite(measurement.value)) {
    throw new InvalidOptionError({
      option: `measurements.${id}.value`,
      problem: `expected a finite number, got ${String(measurement?.value)}; leave the KPI out of measurements when there is no data`,
    });
  }
}

function reportLine(kpi: KpiDefinition, measurement: KpiMeasurement | undefined): KpiReportLine {
  const base = {
    id: kpi.id,
    name: kpi.name,
    kind: kpi.kind,
    stage: kpi.stage ?? null,
    unit: kpi.unit,
    direction: kpi.direction,
    target: kpi.target ?? null,
  };
  if (measurement === undefined) {
    return {
      ...base,
      value: null,
      interval: null,
      n: null,
      status: "no-data",
      margin: null,
      clearOfTarget: null,
    };
  }
  const from = measurement.unit ?? kpi.unit;
  const value = convert(measurement.value, from, kpi.unit, kpi.id);
  const interval =
    measurement.interval == null
      ? null
      : {
          lower: convert(measurement.interval.lower, from, kpi.unit, kpi.id),
          upper: convert(measurement.interval.upper, from, kpi.unit, kpi.id),
        };
  const n = measurement.n ?? null;
  if (kpi.target === undefined) {
    return { ...base, value, interval, n, status: "no-target", margin: null, clearOfTarget: null };
  }
  const sign = kpi.direction === "higher-is-better" ? 1 : -1;
  const margin = sign * (value - kpi.target);
  const status: KpiStatus = margin >= 0 ? "met" : "missed";
  // The interval is clear of the target when the target lies outside it, on the other side from
  // the value; a target exactly on a bound counts as not clear.
  const clearOfTarget =
    interval === null
      ? null
      : margin >= 0
        ? sign * (interval.lower - kpi.target) > 0 && sign * (interval.upper - kpi.target) > 0
        : sign * (interval.lower - kpi.target) < 0 && sign * (interval.upper - kpi.target) < 0;
  return { ...base, value, interval, n, status, margin, clearOfTarget };
}

/**
 * Compares each KPI a journey defines with its target, per stage: the measured value with its
 * interval and N where known, and a status that respects the KPI's direction (for a
 * lower-is-better KPI such as CES effort or drop-off, a value at or below the target is met).
 *
 * Measurements are keyed by KPI id. A measurement in another unit is converted when it is a
 * ratio and the KPI is in percent, or the reverse (so `conversionRate(...)` fits a KPI with
 * `unit: "percent"`); any other unit mismatch is an error, as is a measurement for a KPI the
 * journey does not define (a typo would otherwise vanish). A KPI without a measurement is
 * `no-data`; one with a measurement but no target is `no-target`.
 *
 * @param journey - A journey from `defineJourney`.
 * @param measurements - KPI id → measured value (`nps(...)`, `conversionRate(...)`, or `{ value, n?, interval?, unit? }`).
 * @returns The KPIs grouped by stage, and how many have each status.
 * @throws {@link InvalidOptionError} for a measurement of an unknown KPI, a value that is not a
 *   finite number, or a unit that cannot be converted.
 *
 * @example
 * ```ts
 * import { conversionRate, defineJourney, kpiReport, nps } from "@journeykit/core";
 *
 * const journey = defineJourney({
 *   format: "journeykit/v1", id: "shop", name: "Shop", version: "1",
 *   kpis: [
 *     { id: "nps", name: "NPS", kind: "nps", unit: "score", target: 30 },
 *     { id: "checkout", name: "Checkout conversion", kind: "conversion", stage: "buy", unit: "percent", target: 25 },
 *   ],
 *   stages: [{ id: "buy", name: "Buy", order: 1, kpis: ["checkout"] }],
 * });
 * const report = kpiReport(journey, { nps: nps(surveyScores), checkout: conversionRate(81, 263) });
 * report.stages[1]?.kpis[0]; // { id: "checkout", value: 30.8, interval: { lower: 25.5, upper: 36.6 }, n: 263, status: "met", margin: 5.8, clearOfTarget: true, ... }
 * ```
 */
export function kpiReport(
  journey: Journey,
  measurements: Readonly<Record<string, KpiMeasurement | undefined>>,
): KpiReport {
  const known = new Set(journey.kpis.map((kpi) => kpi.id));
  for (const [id, measurement] of Object.entries(measurements ?? {})) {
    if (!known.has(id)) {
      throw new InvalidOptionError({
        option: `measurements.${id}`,
        problem: `journey "${journey.id}" has no KPI "${id}" (its KPIs: ${[...known].join(", ") || "none"}); fix the id or add the KPI to the journey`,
      });
    }
    if (measurement !== undefined) checkMeasurement(id, measurement);
  }
  const lines = journey.kpis.map((kpi) =>
    reportLine(
      kpi,
      measurements != null && Object.hasOwn(measurements, kpi.id) ? measurements[kpi.id] : undefined,
    ),
  );
  const journeyWide = lines.filter((line) => line.stage === null);
  const stages: KpiReportStage[] = [
    ...(journeyWide.length > 0 ? [{ stage: null, name: journey.name, kpis: journeyWide }] : []),
    ...journey.stages.map((stage) => ({
      stage: stage.id,
      name: stage.name,
      kpis: lines.filter((line) => line.stage === stage.id),
    })),
  ];
  const count = (status: KpiStatus) => lines.filter((line) => line.status === status).length;
  return {
    journey: journey.id,
    stages,
    totals: {
      met: count("met"),
      missed: count("missed"),
      noData: count("no-data"),
      noTarget: count("no-target"),
    },
  };
}
