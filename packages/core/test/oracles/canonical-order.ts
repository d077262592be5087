import type { JourneyEvent } from "../../src/index";

// Test support: the EventLog's documented order, written out plainly over event objects, as the
// reference that the log, the DuckDB oracle and the shuffle properties are checked against.

const text = (left: string | undefined, right: string | undefined): number =>
  left === right ? 0 : left === undefined ? -1 : right === undefined ? 1 : left < right ? -1 : 1;

const number = (left: number | undefined, right: number | undefined): number =>
  left === right ? 0 : left === undefined ? -1 : right === undefined ? 1 : left - right;

const propertiesText = (event: JourneyEvent): string | undefined =>
  event.properties === undefined
    ? undefined
    : JSON.stringify(Object.entries(event.properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

// The same entries in another key order: the text as written tells them apart.
const writtenText = (event: JourneyEvent): string | undefined =>
  event.properties === undefined ? undefined : JSON.stringify(event.properties);

/** Orders two events as the EventLog does, 0 when they cannot be told apart. */
export function compareCanonically(a: JourneyEvent, b: JourneyEvent): number {
  const bySequence = () => {
    for (let k = 0; k < 3; k += 1) {
      const order = number(a.sequence?.[k], b.sequence?.[k]);
      if (order !== 0) return order;
    }
    return 0;
  };
  return (
    text(a.customerId, b.customerId) ||
    a.timestamp - b.timestamp ||
    bySequence() ||
    text(a.name, b.name) ||
    text(a.sessionId, b.sessionId) ||
    text(a.channel, b.channel) ||
    text(a.source, b.source) ||
    text(a.medium, b.medium) ||
    number(a.value, b.value) ||
    text(propertiesText(a), propertiesText(b)) ||
    text(writtenText(a), writtenText(b))
  );
}

/** The input indexes of `events` in the EventLog's order (ties that cannot be told apart in input order). */
export function canonicalOrder(events: readonly JourneyEvent[]): number[] {
  return events
    .map((_, index) => index)
    .sort((a, b) => compareCanonically(events[a] as JourneyEvent, events[b] as JourneyEvent) || a - b);
}
