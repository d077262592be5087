import { InvalidOptionError } from "../errors/invalid-option-error";
import type { EventLog } from "../event-log/event-log";
import { ExactSum } from "../util/exact-sum";
import type { TouchLabels } from "./label-touches";

/**
 * Every path of a log, as ranges into one array of touches. A converting path holds the touches
 * within the lookback window before its conversion; a non-converting path holds a customer's
 * touches after their last conversion (within the lookback window before the last of them).
 */
export interface AttributionPaths {
  /** Touch labels (codes) of every customer, in log order. */
  readonly touchLabel: Int32Array;
  readonly touchTime: Float64Array;
  /** How many paths there are; the per-path columns may be longer. */
  readonly count: number;
  /** Per path, the touches `start` to `end - 1`. */
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** Per path, the conversion's time, or the last touch's for a non-converting path. */
  readonly time: Float64Array;
  /** Per path, 1 (or the conversion's value) for a converting path, 0 for a non-converting one. */
  readonly amount: Float64Array;
  /** Per path, 1 when it ends in a conversion (even one worth 0), else 0. */
  readonly converted: Uint8Array;
  readonly converting: number;
  readonly nonConverting: number;
  /** Converting paths without a touch. */
  readonly withoutTouchpoint: number;
  /** Per label code, 1 when some path has a touch with that label. */
  readonly seen: Uint8Array;
  /** The number of conversions, or the sum of their values. */
  readonly total: number;
}

export interface CollectOptions {
  readonly labels: TouchLabels;
  readonly lookback: number;
  readonly byValue: boolean;
}

export function collectPaths(log: EventLog, options: CollectOptions): AttributionPaths {
  const { lookback, byValue } = options;
  const { labelOf, conversion, conversions } = options.labels;
  const touchCount = log.size - conversions;
  const touchLabel = new Int32Array(touchCount);
  const touchTime = new Float64Array(touchCount);
  // At most one path per conversion plus one non-converting path per customer.
  const capacity = conversions + log.customerCount;
  const start = new Uint32Array(capacity);
  const end = new Uint32Array(capacity);
  const time = new Float64Array(capacity);
  const amount = new Float64Array(capacity);
  const converted = new Uint8Array(capacity);
  const total = new ExactSum();
  let count = 0;
  let converting = 0;
  let withoutTouchpoint = 0;
  let touches = 0;
  const seen = new Uint8Array(options.labels.labels.length);
  // Paths of one customer move forward through their touches, so marking each touch once from
  // `marked` on finds every label on some path.
  let marked = 0;
  const mark = (from: number, to: number) => {
    for (let touch = Math.max(from, marked); touch < to; touch += 1) seen[touchLabel[touch] as number] = 1;
    marked = Math.max(marked, to);
  };
  const { customerStart, timestamp } = log.columns;
  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const first = customerStart[customer] as number;
    const last = customerStart[customer + 1] as number;
    // Touches of this customer before `low` are older than the lookback window of the current
    // conversion; those from `low` to `high - 1` are inside it.
    let low = touches;
    let high = touches;
    for (let index = first; index < last; index += 1) {
      const label = labelOf[index] as number;
      if (label >= 0) {
        touchLabel[touches] = label;
        touchTime[touches] = timestamp[index] as number;
        touches += 1;
      }
    }
    for (let index = first; index < last; index += 1) {
      if (conversion[index] === 0) continue;
      const at = timestamp[index] as number;
      while (low < touches && (touchTime[low] as number) < at - lookback) low += 1;
      while (high < touches && (touchTime[high] as number) <= at) high += 1;
      const worth = byValue ? conversionValue(log, index) : 1;
      start[count] = low;
      end[count] = high;
      if (low === high) withoutTouchpoint += 1;
      mark(low, high);
      time[count] = at;
      amount[count] = worth;
      converted[count] = 1;
      count += 1;
      total.add(worth);
      converting += 1;
    }
    // The touches after the last conversion (all of them, if there was none) led to none.
    if (touches > high) {
      const lastTime = touchTime[touches - 1] as number;
      let from = high;
      while ((touchTime[from] as number) < lastTime - lookback) from += 1;
      start[count] = from;
      end[count] = touches;
      mark(from, touches);
      time[count] = lastTime;
      count += 1;
    }
  }
  return {
    touchLabel,
    touchTime,
    count,
    start,
    end,
    time,
    amount,
    converted,
    converting,
    nonConverting: count - converting,
    withoutTouchpoint,
    seen,
    total: total.value(),
  };
}

function conversionValue(log: EventLog, index: number): number {
  const value = log.value(index);
  if (value !== undefined) return value;
  const customer = log.columns.customerIds[log.columns.customer[index] as number];
  const at = new Date(log.columns.timestamp[index] as number).toISOString();
  throw new InvalidOptionError({
    option: "value",
    problem: `"value" shares out the conversions' values, but the conversion of customer ${JSON.stringify(customer)} at ${at} has no value; give every conversion event a value, or use value: "count"`,
  });
}
