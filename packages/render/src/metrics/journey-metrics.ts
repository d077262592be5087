import type { KpiMeasurement, KpiReportLine } from "@journeykit/core";

/**
 * Measured KPI values keyed by the KPI's `id` in the journey, exactly what `kpiReport` from
 * `@journeykit/core` takes: results of `nps`, `csat`, `ces` and `conversionRate` as they are, or
 * `{ value, n?, interval?, unit? }`. Drawn by `renderJourneyMap`, `toMermaidJourney` and
 * `renderReport` with their target and interval.
 *
 * @example
 * ```ts
 * const metrics: JourneyMetrics = {
 *   "view-to-cart": conversionRate(252, 2400), // { value: 0.105, interval: { lower: 0.093, upper: 0.118 }, n: 2400, ... }
 *   nps: { value: 31, interval: { lower: 24.2, upper: 37.8 }, n: 812 },
 * };
 * ```
 */
export type JourneyMetrics = Readonly<Record<string, KpiMeasurement | undefined>>;

/**
 * How a KPI is drawn: on or off target only when its interval (if any) lies wholly on one side
 * of the target (`clearOfTarget`), `unclear` when the interval spans the target.
 */
export type KpiDisplayStatus = "on-target" | "off-target" | "unclear" | "no-target" | "no-data";

/** The drawn status of one line of a `kpiReport`. */
export function displayStatus(line: KpiReportLine): KpiDisplayStatus {
  if (line.status === "no-data" || line.status === "no-target") return line.status;
  if (line.clearOfTarget === false) return "unclear";
  return line.status === "met" ? "on-target" : "off-target";
}
