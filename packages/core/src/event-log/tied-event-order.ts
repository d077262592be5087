import { CHANNELS } from "../model/channel";
import { compareNumbersMissingFirst } from "./compare-sequences";
import { type EventProperties, NO_SESSION } from "./event-log-data";
import type { UnsortedColumns } from "./finalize-columns";
import { rankStrings } from "./rank-strings";

// Channel code k + 1 is CHANNELS[k]; ties compare channels by name, like every other string.
const CHANNEL_RANK = Uint8Array.from([0, ...Array.from(rankStrings(CHANNELS).rank, (rank) => rank + 1)]);

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Codes into `table` with `none` for a missing value: missing first, then by text. */
function compareCoded(
  column: Uint32Array | undefined,
  table: readonly string[],
  none: number,
  a: number,
  b: number,
): number {
  if (column === undefined) return 0;
  const left = column[a] as number;
  const right = column[b] as number;
  if (left === right) return 0;
  if (left === none) return -1;
  if (right === none) return 1;
  return compareText(table[left] as string, table[right] as string);
}

/** The properties as text that depends on their content only: JSON of the entries sorted by key. */
function canonicalText(properties: EventProperties): string {
  return JSON.stringify(
    Object.keys(properties)
      .sort()
      .map((key) => [key, properties[key]]),
  );
}

/**
 * The order of two events (input indexes) of one customer on the same timestamp: by sequence
 * (entry by entry, a missing entry first), then name (by `nameRank`, the names' code-unit order),
 * then sessionId, channel, source, medium (each missing first, then by text), value (missing first) and properties (their
 * canonical text, made only for events equal in all else, then their text as written), and last input order, so that the
 * order depends on the events' content alone and events that are indistinguishable stay stable.
 * It is called only on timestamp ties, so the common case never reaches it.
 */
export function tiedEventOrder(
  columns: UnsortedColumns,
  nameRank: Uint32Array,
): (a: number, b: number) => number {
  const { sequence, name, sessionKey, sessionKeyNames, channel, source, medium, strings, value, properties } =
    columns;
  const texts = new Map<number, string>();
  const textOf = (index: number, of: EventProperties): string => {
    let text = texts.get(index);
    if (text === undefined) {
      text = canonicalText(of);
      texts.set(index, text);
    }
    return text;
  };
  const byContent = (a: number, b: number): number => {
    const bySession = compareCoded(sessionKey, sessionKeyNames, NO_SESSION, a, b);
    if (bySession !== 0) return bySession;
    if (channel !== undefined && channel[a] !== channel[b]) {
      return (CHANNEL_RANK[channel[a] as number] as number) - (CHANNEL_RANK[channel[b] as number] as number);
    }
    const byTraffic = compareCoded(source, strings, 0, a, b) || compareCoded(medium, strings, 0, a, b);
    if (byTraffic !== 0) return byTraffic;
    if (value !== undefined) {
      const byValue = compareNumbersMissingFirst(value[a] as number, value[b] as number);
      if (byValue !== 0) return byValue;
    }
    const left = properties?.[a];
    const right = properties?.[b];
    if (left === right) return 0;
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    const byText = compareText(textOf(a, left), textOf(b, right));
    // The same entries with keys in another order: the order they were written in decides, so
    // that even the key order of such events in the log does not depend on the rows' order.
    return byText !== 0 ? byText : compareText(JSON.stringify(left), JSON.stringify(right));
  };
  return (a, b) => {
    for (const column of sequence) {
      const bySequence = compareNumbersMissingFirst(column[a] as number, column[b] as number);
      if (bySequence !== 0) return bySequence;
    }
    return (
      (nameRank[name[a] as number] as number) - (nameRank[name[b] as number] as number) ||
      byContent(a, b) ||
      a - b
    );
  };
}
