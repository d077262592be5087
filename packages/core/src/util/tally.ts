import { compareNames } from "./compare-names";

/**
 * Counters in typed arrays: per slot, how many times it was counted and by how many distinct
 * customers. A customer counts once per slot because the slot remembers the last customer that
 * counted (as index + 1, so a fresh array means "nobody"); that needs each customer's events to be
 * counted together, as every loop over an EventLog's customers does.
 */
export interface Tally {
  readonly events: Uint32Array;
  readonly customers: Uint32Array;
  readonly lastCustomer: Uint32Array;
}

export function createTally(slots: number): Tally {
  return {
    events: new Uint32Array(slots),
    customers: new Uint32Array(slots),
    lastCustomer: new Uint32Array(slots),
  };
}

/** Counts one occurrence in `slot` for the customer with index `customer`. */
export function tally(counts: Tally, slot: number, customer: number): void {
  counts.events[slot] = (counts.events[slot] as number) + 1;
  if (counts.lastCustomer[slot] !== customer + 1) {
    counts.lastCustomer[slot] = customer + 1;
    counts.customers[slot] = (counts.customers[slot] as number) + 1;
  }
}

/** The slots counted at least once, as named counts: most events first, then by name. */
export function countsByName(
  counts: Tally,
  names: readonly string[],
): { name: string; events: number; customers: number }[] {
  const result: { name: string; events: number; customers: number }[] = [];
  counts.events.forEach((events, slot) => {
    if (events > 0)
      result.push({ name: names[slot] as string, events, customers: counts.customers[slot] as number });
  });
  return result.sort((a, b) => b.events - a.events || compareNames(a.name, b.name));
}
