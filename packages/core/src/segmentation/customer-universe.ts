import { InvalidOptionError } from "../errors/invalid-option-error";
import type { EventLog } from "../event-log/event-log";
import type { PropertyValue } from "../model/event-matcher";

/**
 * What is known about one customer besides behaviour: attributes such as `country`, `plan` or
 * `age`, as a flat record of property values.
 *
 * @example
 * ```ts
 * const kari: CustomerAttributes = { country: "NO", plan: "pro", age: 38 };
 * ```
 */
export type CustomerAttributes = Readonly<Record<string, PropertyValue>>;

/**
 * Customer attributes keyed by customer id (the ids used in the event log).
 *
 * @example
 * ```ts
 * const customers: CustomerRecords = { "c-1": { country: "NO" }, "c-2": { country: "SE", plan: "pro" } };
 * ```
 */
export type CustomerRecords = Readonly<Record<string, CustomerAttributes>>;

/** Every customer an analysis speaks of: those in the log and those with attributes, by id. */
export interface CustomerUniverse {
  /** Customer ids, sorted. */
  readonly ids: readonly string[];
  /** Per customer, their index in the log, or -1 when they have no events. */
  readonly logCustomer: Int32Array;
  /** Per customer, their attributes, if any. */
  readonly attributes: readonly (CustomerAttributes | undefined)[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The union of the log's customers and the attribute records, sorted by id so that results do
 * not depend on input order.
 *
 * @throws InvalidOptionError when `customers` is not a record of records, naming the customer.
 */
export function customerUniverse(
  log: EventLog | undefined,
  customers: CustomerRecords,
  argument = "customers",
): CustomerUniverse {
  if (!isRecord(customers)) {
    throw new InvalidOptionError({
      option: argument,
      problem:
        'expected an object of attribute records keyed by customer id, such as { "c-1": { country: "NO" } }',
    });
  }
  for (const [id, attributes] of Object.entries(customers)) {
    if (!isRecord(attributes)) {
      throw new InvalidOptionError({
        option: `${argument}[${JSON.stringify(id)}]`,
        problem: `expected an attribute record such as { country: "NO" }, got ${Array.isArray(attributes) ? "an array" : String(attributes)}`,
      });
    }
  }
  const ids = new Set(Object.keys(customers));
  for (const id of log?.columns.customerIds ?? []) ids.add(id);
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ids: sorted,
    logCustomer: Int32Array.from(sorted, (id) => log?.customerIndex(id) ?? -1),
    attributes: sorted.map((id) => (Object.hasOwn(customers, id) ? customers[id] : undefined)),
  };
}
