/**
 * How long units took, in milliseconds: quartiles and the 90th percentile (linear interpolation
 * between order statistics, as DuckDB's `quantile_cont` and numpy's default), and the mean.
 *
 * @example
 * ```ts
 * const time: TimeSummary = { count: 3, median: 60_000, p25: 45_000, p75: 90_000, p90: 108_000, mean: 70_000 };
 * ```
 */
export interface TimeSummary {
  /** How many units the summary is over. */
  readonly count: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly p90: number;
  readonly mean: number;
}

/**
 * One step of a {@link FunnelResult}. Rates are fractions from 0 to 1 (0 when the denominator is
 * 0). "Previous" is the previous required step: optional steps can be skipped, so the step after
 * one is measured against the last step nobody could skip.
 *
 * @example
 * ```ts
 * const step: FunnelStepResult = result.steps[1];
 * `${step.label}: ${step.count} (${(step.conversionFromPrevious * 100).toFixed(1)}%)`;
 * ```
 */
export interface FunnelStepResult {
  /** The step's position (0-based). */
  readonly index: number;
  /** The step's `label`, or a label made from its event names (see `stepLabel`). */
  readonly label: string;
  readonly optional: boolean;
  /** Units that reached the step, in the funnel's `countBy` unit (customers or sessions). */
  readonly count: number;
  /** `count` divided by step 1's count. */
  readonly conversionFromStart: number;
  /** `count` divided by the previous required step's count (1 for step 1). */
  readonly conversionFromPrevious: number;
  /** Units that reached the previous required step but not this one (0 for step 1). */
  readonly dropOff: number;
  /** `dropOff` divided by the previous required step's count. */
  readonly dropOffRate: number;
  /** Time from the previous step the attempt did to this one; `null` for step 1 or when no unit has a time. */
  readonly timeFromPrevious: TimeSummary | null;
  /** Time from the attempt's step 1 to this one; `null` for step 1 or when no unit has a time. */
  readonly timeFromStart: TimeSummary | null;
}

/**
 * The step pair that loses the most units: from a required step to the next required step.
 *
 * @example
 * ```ts
 * const worst: FunnelDropOff = { from: 1, to: 2, fromLabel: "add_to_cart", toLabel: "begin_checkout", dropOff: 120, dropOffRate: 0.6 };
 * ```
 */
export interface FunnelDropOff {
  readonly from: number;
  readonly to: number;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly dropOff: number;
  readonly dropOffRate: number;
}

/**
 * The counts and rates of a funnel over a set of units: the whole log, or one breakdown group.
 *
 * @example
 * ```ts
 * const summary: FunnelSummary = result;
 * summary.overallConversion; // e.g. 0.12
 * ```
 */
export interface FunnelSummary {
  readonly steps: readonly FunnelStepResult[];
  /** The last required step's count divided by step 1's count. */
  readonly overallConversion: number;
  /**
   * The required step pair with the largest `dropOff` and the one with the largest `dropOffRate`
   * (ties: the earlier pair); `null` when the funnel has one required step or nobody entered it.
   */
  readonly biggestDropOff: { readonly byCount: FunnelDropOff | null; readonly byRate: FunnelDropOff | null };
}

/**
 * One group of a funnel breakdown: the group's value (a property or field value as text,
 * `"(none)"` when the event had none, or `"other"` for the groups past `top`) and its funnel.
 *
 * @example
 * ```ts
 * for (const group of result.breakdown ?? []) console.log(group.value, group.overallConversion);
 * ```
 */
export interface FunnelBreakdownGroup extends FunnelSummary {
  readonly value: string;
}

/**
 * What {@link funnel} returns: plain data, safe to serialise. The options actually used are
 * echoed (`window` in milliseconds).
 *
 * @example
 * ```ts
 * const result: FunnelResult = funnel(log, { steps: ["view_item", "purchase"] });
 * result.steps[1].count;
 * JSON.stringify(result); // plain JSON
 * ```
 */
export interface FunnelResult extends FunnelSummary {
  readonly countBy: "customers" | "sessions";
  readonly order: "ordered" | "strict" | "any";
  readonly entry: "any" | "first";
  /** The conversion window in milliseconds. */
  readonly window: number;
  /** How many units the log holds (customers with events, or sessions with events). */
  readonly units: number;
  /** Per breakdown group, largest first; only when `breakdown` was given. */
  readonly breakdown?: readonly FunnelBreakdownGroup[];
}
