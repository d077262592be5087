// The public surface of kpi/: re-exported by src/index.ts.
export { EmptySampleError } from "../errors/empty-sample-error";
export { InvalidCountError } from "../errors/invalid-count-error";
export { InvalidScoreError } from "../errors/invalid-score-error";
export type { ScoreInput } from "../options/score-options";
export { type CesOptions, type CesResult, ces } from "./ces";
export { compareNps, type NpsComparison } from "./compare-nps";
export { type ConversionRateOptions, type ConversionRateResult, conversionRate } from "./conversion-rate";
export { type CsatOptions, type CsatResult, csat } from "./csat";
export {
  type KpiMeasurement,
  type KpiReport,
  type KpiReportLine,
  type KpiReportStage,
  type KpiStatus,
  type KpiUnit,
  kpiReport,
} from "./kpi-report";
export {
  type MeasuredKpi,
  type MeasureKpisOptions,
  type MeasureKpisResult,
  measureKpis,
  type SkippedKpi,
} from "./measure-kpis";
export { nps } from "./nps";
export { type NpsCounts, type NpsResult, npsFromCounts } from "./nps-from-counts";
export type { NpsIntervalOptions, NpsOptions } from "./nps-options";
