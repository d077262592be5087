import fc from "fast-check";
import type { JourneyEvent } from "../../src/index";

/**
 * Reorders events at random, except that events of one customer with the same timestamp keep
 * their relative order: EventLog breaks such ties by input order, so only that much of the input
 * order may matter to any analysis.
 */
export function tiePreservingShuffle(events: readonly JourneyEvent[]): fc.Arbitrary<JourneyEvent[]> {
  return fc.array(fc.nat(), { minLength: events.length, maxLength: events.length }).map((keys) => {
    const order = events.map((_, index) => index).sort((a, b) => (keys[a] as number) - (keys[b] as number));
    const tieKey = (index: number) => `${events[index]?.customerId}\u0000${events[index]?.timestamp}`;
    const waiting = new Map<string, number[]>();
    events.forEach((_, index) => {
      const key = tieKey(index);
      waiting.set(key, [...(waiting.get(key) ?? []), index]);
    });
    // Each slot a tie group received in the shuffle is filled by its members in input order.
    return order.map((index) => events[waiting.get(tieKey(index))?.shift() as number] as JourneyEvent);
  });
}
