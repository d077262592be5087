import { InvalidOptionError } from "../errors/invalid-option-error";
import type { EventLog } from "../event-log/event-log";
import type { EventPredicate } from "../matching/compile-event-matchers";
import { ExactSum } from "../util/exact-sum";

/**
 * Every path of a log, as ranges into one array of touches. A converting path holds the touches
 * within the lookback window before its conversion; a non-converting path holds a customer's
 * touches after their last conversion (within the lookback window before the last of them).
 */
export interface AttributionPaths {
  /** Touch labels (codes) of every customer, in log order. */
  readonly touchLabel: Int32Array;
  readonly touchTime: Float64Array;
  /** Per path, the touches `start` to `end - 1`. */
  readonly start: number[];
  readonly end: number[];
  /** Per path, the conversion's time, or the last touch's for a non-converting path. */
  readonly time: number[];
  /** Per path, 1 (or the conversion's value) for a converting path, 0 for a non-converting one. */
  readonly amount: number[];
  /** Per path, 1 when it ends in a conversion (even one worth 0), else 0. */
  readonly converted: number[];
  readonly converting: number;
  readonly nonConverting: number;
  /** The number of conversions, or the sum of their values. */
  readonly total: number;
}

export interface CollectOptions {
  readonly labelOf: Int32Array;
  readonly isConversion: EventPredicate;
  readonly lookback: number;
  readonly byValue: boolean;
}

export function collectPaths(log: EventLog, options: CollectOptions): AttributionPaths {
  const { labelOf, isConversion, lookback, byValue } = options;
  let touchCount = 0;
  for (let index = 0; index < log.size; index += 1) if ((labelOf[index] as number) >= 0) touchCount += 1;
  const touchLabel = new Int32Array(touchCount);
  const touchTime = new Float64Array(touchCount);
  const start: number[] = [];
  const end: number[] = [];
  const time: number[] = [];
  const amount: number[] = [];
  const converted: number[] = [];
  const total = new ExactSum();
  let converting = 0;
  let touches = 0;
  const { customerStart, timestamp } = log;
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
      if (!isConversion(index)) continue;
      const at = timestamp[index] as number;
      while (low < touches && (touchTime[low] as number) < at - lookback) low += 1;
      while (high < touches && (touchTime[high] as number) <= at) high += 1;
      const worth = byValue ? conversionValue(log, index) : 1;
      start.push(low);
      end.push(high);
      time.push(at);
      amount.push(worth);
      converted.push(1);
      total.add(worth);
      converting += 1;
    }
    // The touches after the last conversion (all of them, if there was none) led to none.
    if (touches > high) {
      const lastTime = touchTime[touches - 1] as number;
      let from = high;
      while ((touchTime[from] as number) < lastTime - lookback) from += 1;
      start.push(from);
      end.push(touches);
      time.push(lastTime);
      amount.push(0);
      converted.push(0);
    }
  }
  return {
    touchLabel,
    touchTime,
    start,
    end,
    time,
    amount,
    converted,
    converting,
    nonConverting: start.length - converting,
    total: total.value(),
  };
}

function conversionValue(log: EventLog, index: number): number {
  const value = log.value(index);
  if (value !== undefined) return value;
  const customer = log.customerIds[log.customer[index] as number];
  const at = new Date(log.timestamp[index] as number).toISOString();
  throw new InvalidOptionError({
    option: "value",
    problem: `"value" shares out the conversions' values, but the conversion of customer ${JSON.stringify(customer)} at ${at} has no value; give every conversion event a value, or use value: "count"`,
  });
}
