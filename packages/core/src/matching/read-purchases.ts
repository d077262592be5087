import { InvalidEventError } from "../errors/invalid-event-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import type { Step } from "../model/step";
import { compileEventMatcher } from "./compile-event-matcher";

/**
 * One purchase: who, when (ms since the epoch) and how much.
 *
 * @example
 * ```ts
 * const purchase: Purchase = { customerId: "c-1", timestamp: Date.UTC(2024, 2, 1), value: 499 };
 * ```
 */
export interface Purchase {
  /** The customer's id. */
  readonly customerId: string;
  /** When, in milliseconds since the epoch. */
  readonly timestamp: number;
  /** How much (any currency, as long as it is one). */
  readonly value: number;
}

/**
 * Purchases as the purchase analyses accept them: an array of {@link Purchase} records, or an
 * event log whose purchase events (the `purchase` option's step, `"purchase"` by default) count.
 *
 * @example
 * ```ts
 * const fromRecords: PurchaseInput = [{ customerId: "c-1", timestamp: 0, value: 20 }];
 * const fromEvents: PurchaseInput = EventLog.from(ga4Events);
 * ```
 */
export type PurchaseInput = EventLog | readonly Purchase[];

/** One customer's purchases in time order. */
export interface CustomerPurchases {
  readonly customerId: string;
  readonly times: readonly number[];
  /** NaN where a purchase event had no value (only when values were not required). */
  readonly values: readonly number[];
}

/**
 * Every customer with at least one purchase, sorted by id, each with their purchases in time
 * order. Array input is checked record by record, so an error names the record's index.
 */
export function readPurchases(input: PurchaseInput, purchase: Step, needValue: boolean): CustomerPurchases[] {
  let log: EventLog;
  let isPurchase: (index: number) => boolean;
  if (input instanceof EventLog) {
    log = input;
    isPurchase = compileEventMatcher(log, purchase);
  } else {
    if (!Array.isArray(input)) {
      throw new InvalidOptionError({
        option: "purchases",
        problem: "expected an EventLog or an array of { customerId, timestamp, value } records",
      });
    }
    input.forEach((record: Purchase, index) => {
      const value = (record as Partial<Purchase> | null)?.value;
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new InvalidEventError({
          index,
          field: "value",
          problem: `expected a finite number, got ${String(value)}`,
        });
      }
    });
    log = EventLog.from(input.map((record) => ({ ...record, name: "purchase" })));
    isPurchase = () => true;
  }
  const result: CustomerPurchases[] = [];
  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const times: number[] = [];
    const values: number[] = [];
    for (
      let index = log.columns.customerStart[customer] as number;
      index < (log.columns.customerStart[customer + 1] as number);
      index += 1
    ) {
      if (!isPurchase(index)) continue;
      const value = log.value(index);
      if (value === undefined && needValue) {
        const at = new Date(log.columns.timestamp[index] as number).toISOString();
        throw new InvalidOptionError({
          option: "purchases",
          problem: `the purchase of customer ${JSON.stringify(log.columns.customerIds[customer])} at ${at} has no value; monetary measures need every purchase event to carry one`,
        });
      }
      times.push(log.columns.timestamp[index] as number);
      values.push(value ?? Number.NaN);
    }
    if (times.length > 0)
      result.push({ customerId: log.columns.customerIds[customer] as string, times, values });
  }
  return result.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}
