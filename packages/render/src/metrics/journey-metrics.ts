import { InvalidOptionError, type Journey, type KpiDefinition } from "@journeykit/core";

/**
 * A measured value of one KPI, for drawing it on a journey map: the estimate, optionally its
 * interval (e.g. the 95% Wilson interval of a conversion rate) and the number of customers or
 * responses it rests on. Values are in the KPI's `unit` (a `ratio` as 0..1).
 *
 * @example
 * ```ts
 * const viewToCart: KpiMeasurement = { value: 0.105, interval: { lower: 0.093, upper: 0.118 }, n: 2400 };
 * ```
 */
export interface KpiMeasurement {
  /** The estimate, in the KPI's unit. */
  readonly value: number;
  /** The interval around the estimate; `lower <= value <= upper`. */
  readonly interval?: { readonly lower: number; readonly upper: number };
  /** How many customers, sessions or responses the value rests on. */
  readonly n?: number;
}

/**
 * Measured KPI values keyed by the KPI's `id` in the journey, as drawn by `renderJourneyMap`,
 * `toMermaidJourney` and `renderReport`.
 *
 * @example
 * ```ts
 * const metrics: JourneyMetrics = {
 *   "view-to-cart": { value: 0.105, interval: { lower: 0.093, upper: 0.118 }, n: 2400 },
 *   nps: { value: 31, interval: { lower: 24.2, upper: 37.8 }, n: 812 },
 * };
 * ```
 */
export type JourneyMetrics = Readonly<Record<string, KpiMeasurement>>;

/** How a measured KPI stands against its target, judged on its interval where it has one. */
export type KpiStatus = "on-target" | "off-target" | "unclear" | "no-target" | "no-data";

function reject(option: string, problem: string): never {
  throw new InvalidOptionError({ option, problem });
}

/**
 * Checks `metrics` against the journey: every key is a KPI of the journey, every value finite,
 * every interval ordered around its value.
 */
export function checkMetrics(journey: Journey, metrics: JourneyMetrics): void {
  const known = new Set(journey.kpis.map((kpi) => kpi.id));
  for (const [id, measurement] of Object.entries(metrics)) {
    const option = `metrics[${JSON.stringify(id)}]`;
    if (!known.has(id)) {
      reject(
        option,
        `the journey has no KPI "${id}"; use one of ${[...known].map((k) => `"${k}"`).join(", ") || "(none)"}`,
      );
    }
    if (measurement === null || typeof measurement !== "object" || !Number.isFinite(measurement.value)) {
      reject(`${option}.value`, `${String(measurement?.value)} is not a finite number`);
    }
    const { interval, n } = measurement;
    if (interval !== undefined) {
      const ordered =
        Number.isFinite(interval.lower) &&
        Number.isFinite(interval.upper) &&
        interval.lower <= measurement.value &&
        measurement.value <= interval.upper;
      if (!ordered) {
        reject(
          `${option}.interval`,
          `[${interval.lower}, ${interval.upper}] must be finite with lower <= value (${measurement.value}) <= upper`,
        );
      }
    }
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) {
      reject(`${option}.n`, `${n} is not a count; use a whole number of 0 or more`);
    }
  }
}

/**
 * Judges a measurement against the KPI's target. With an interval, the KPI is on (off) target
 * only when the whole interval is on the good (bad) side; an interval that contains the target
 * is `unclear`, since the data cannot tell.
 */
export function kpiStatus(kpi: KpiDefinition, measurement: KpiMeasurement | undefined): KpiStatus {
  if (measurement === undefined) return "no-data";
  if (kpi.target === undefined) return "no-target";
  const target = kpi.target;
  const good = (value: number) => (kpi.direction === "higher-is-better" ? value >= target : value <= target);
  const interval = measurement.interval;
  if (interval === undefined) return good(measurement.value) ? "on-target" : "off-target";
  const lowerGood = good(interval.lower);
  const upperGood = good(interval.upper);
  if (lowerGood && upperGood) return "on-target";
  if (!lowerGood && !upperGood) return "off-target";
  return "unclear";
}
