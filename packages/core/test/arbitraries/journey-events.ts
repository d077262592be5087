import fc from "fast-check";
import type { JourneyEvent } from "../../src/index";

export interface EventArbitraryOptions {
  readonly customers?: number;
  readonly names?: readonly string[];
  readonly maxEvents?: number;
  /** Timestamps are drawn from this many distinct values, so ties are common. */
  readonly distinctTimes?: number;
  readonly sessions?: boolean;
}

/**
 * Event lists with few customers, few names and few distinct timestamps, so that ties, repeats
 * and out-of-order input are the rule rather than the exception.
 */
export function journeyEventsArbitrary(options: EventArbitraryOptions = {}): fc.Arbitrary<JourneyEvent[]> {
  const {
    customers = 4,
    names = ["a", "b", "c", "d"],
    maxEvents = 40,
    distinctTimes = 12,
    sessions = false,
  } = options;
  const event = fc.record({
    customer: fc.integer({ min: 0, max: customers - 1 }),
    time: fc.integer({ min: 0, max: distinctTimes - 1 }),
    name: fc.constantFrom(...names),
    session: fc.integer({ min: 0, max: 2 }),
  });
  return fc.array(event, { maxLength: maxEvents }).map((rows) =>
    rows.map(({ customer, time, name, session }) => ({
      customerId: `customer-${customer}`,
      timestamp: time * 60_000,
      name,
      ...(sessions ? { sessionId: `s${session}` } : {}),
    })),
  );
}
