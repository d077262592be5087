import type { JourneyEvent } from "../model/journey-event";

/** JSON with every object's keys in sorted order, so that equal events give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The events in one order that depends only on what they hold (sorted by their canonical JSON):
 * two reads that give the same events as a multiset give the same array, whatever order the
 * records came in. Not the order an `EventLog` keeps: that is the log's business, and this
 * compares reads, not logs.
 */
export function sortedEvents(events: readonly JourneyEvent[]): JourneyEvent[] {
  return events
    .map((event) => ({ key: canonicalJson(event), event }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ event }) => event);
}
