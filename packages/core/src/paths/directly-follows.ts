import * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import { NO_SESSION } from "../event-log/event-log-data";
import { parseOptions } from "../options/parse-options";
import { compareNames } from "../util/compare-names";
import { countsByName, createTally, type Tally, tally } from "../util/tally";

/**
 * The options of {@link directlyFollows}.
 *
 * @example
 * ```ts
 * DirectlyFollowsOptionsSchema.parse({}); // { withinSessions: false }
 * ```
 */
export const DirectlyFollowsOptionsSchema = z.strictObject({
  /**
   * Count only transitions between consecutive events of the same session; events without a
   * session are left out. Default `false`: consecutive events of the same customer.
   */
  withinSessions: z.boolean().default(false),
});

/**
 * The options of {@link directlyFollows}, as written.
 *
 * @example
 * ```ts
 * const options: DirectlyFollowsOptions = { withinSessions: true };
 * ```
 */
export type DirectlyFollowsOptions = z.input<typeof DirectlyFollowsOptionsSchema>;

/**
 * How often event `to` directly followed event `from`.
 *
 * @example
 * ```ts
 * const transition: Transition = { from: "view_item", to: "add_to_cart", events: 7, customers: 5 };
 * ```
 */
export interface Transition {
  /** The earlier event's name. */
  readonly from: string;
  /** The name of the event right after it. */
  readonly to: string;
  /** How many times the pair occurred. */
  readonly events: number;
  /** How many distinct customers made the pair at least once. */
  readonly customers: number;
}

/**
 * How many sequences start (or end) with an event name.
 *
 * @example
 * ```ts
 * const start: SequenceBoundary = { name: "session_start", events: 12, customers: 9 };
 * ```
 */
export interface SequenceBoundary {
  /** The event name. */
  readonly name: string;
  /** How many sequences (customers, or sessions with `withinSessions`) start or end with it. */
  readonly events: number;
  /** How many distinct customers have such a sequence. */
  readonly customers: number;
}

/**
 * The result of {@link directlyFollows}: a directly-follows graph, plain data.
 *
 * @example
 * ```ts
 * const graph: DirectlyFollowsResult = directlyFollows(log);
 * graph.transitions[0]; // the most frequent pair
 * ```
 */
export interface DirectlyFollowsResult {
  /** Every pair that occurred, most frequent first (then by `from`, then `to`). */
  readonly transitions: readonly Transition[];
  /** The first event of each sequence, by name, most frequent first. */
  readonly starts: readonly SequenceBoundary[];
  /** The last event of each sequence, by name, most frequent first. */
  readonly ends: readonly SequenceBoundary[];
  /** How many sequences were read: customers with events, or sessions with `withinSessions`. */
  readonly sequences: number;
  /** The sum of `events` over all transitions. */
  readonly totalTransitions: number;
}

// Pairs are counted in a flat table indexed by `from * names + to` while it stays small (up to
// 2048 names); beyond that a Map gives each pair met a slot, so memory follows the pairs present.
const DENSE_PAIR_LIMIT = 1 << 22;

/** The slots of name pairs: dense (`slots` undefined) or assigned on first sight. */
interface PairSlots {
  readonly nameCount: number;
  readonly slots: Map<number, number> | undefined;
}

function slotOf(pairs: PairSlots, from: number, to: number): number {
  const key = from * pairs.nameCount + to;
  if (pairs.slots === undefined) return key;
  let slot = pairs.slots.get(key);
  if (slot === undefined) {
    slot = pairs.slots.size;
    pairs.slots.set(key, slot);
  }
  return slot;
}

function toTransitions(counts: Tally, pairs: PairSlots, names: readonly string[]): Transition[] {
  const result: Transition[] = [];
  const visit = (key: number, slot: number) => {
    const events = counts.events[slot] as number;
    if (events === 0) return;
    result.push({
      from: names[Math.floor(key / pairs.nameCount)] as string,
      to: names[key % pairs.nameCount] as string,
      events,
      customers: counts.customers[slot] as number,
    });
  };
  if (pairs.slots === undefined) for (let key = 0; key < counts.events.length; key += 1) visit(key, key);
  else for (const [key, slot] of pairs.slots) visit(key, slot);
  return result.sort(
    (a, b) => b.events - a.events || compareNames(a.from, b.from) || compareNames(a.to, b.to),
  );
}

/**
 * Counts every `a -> b` transition: event `b` right after event `a` of the same customer, in the
 * log's order (by time; events with the same timestamp by sequence, then name and content, as `EventLog`
 * orders them).
 * Each transition is counted as events (every occurrence) and as distinct customers. This is the
 * directly-follows graph of process mining, and what a Sankey diagram of "next events" draws.
 *
 * With `withinSessions: true` the sequences are sessions instead of customers: each session's
 * events in log order, so a pair never spans two sessions, even when sessions interleave in time;
 * events without a session belong to no sequence and are left out.
 *
 * `starts` and `ends` count the first and last event of each sequence, so that every event of a
 * sequence has exactly one incoming and one outgoing edge when starts and ends are drawn as
 * nodes. It is the same as SQL's `lead(name) over (partition by customer order by ...)` in the
 * log's order, without materialising a row per event: counts live in typed arrays indexed by interned
 * names.
 *
 * @param log - The events.
 * @param options - See {@link DirectlyFollowsOptionsSchema}.
 * @returns Transitions, starts and ends, each sorted by count (most first), then by name.
 * @throws {@link InvalidOptionError} when an option is not what its schema expects.
 *
 * @example
 * ```ts
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 1, name: "view_item" },
 *   { customerId: "ann", timestamp: 2, name: "add_to_cart" },
 *   { customerId: "ann", timestamp: 3, name: "view_item" },
 *   { customerId: "ann", timestamp: 4, name: "add_to_cart" },
 *   { customerId: "bob", timestamp: 1, name: "view_item" },
 * ]);
 * directlyFollows(log).transitions;
 * // [
 * //   { from: "view_item", to: "add_to_cart", events: 2, customers: 1 },
 * //   { from: "add_to_cart", to: "view_item", events: 1, customers: 1 },
 * // ]
 * directlyFollows(log).starts; // [{ name: "view_item", events: 2, customers: 2 }]
 * ```
 */
export function directlyFollows(log: EventLog, options?: DirectlyFollowsOptions): DirectlyFollowsResult {
  const { withinSessions } = parseOptions(DirectlyFollowsOptionsSchema, options);
  const { names } = log.columns;
  const nameCount = names.length;
  const dense = nameCount * nameCount <= DENSE_PAIR_LIMIT;
  const pairs: PairSlots = { nameCount, slots: dense ? undefined : new Map() };
  const transitions = createTally(dense ? nameCount * nameCount : Math.max(log.size - 1, 0));
  const starts = createTally(nameCount);
  const ends = createTally(nameCount);
  const count = withinSessions ? countSessionPairs : countCustomerPairs;
  const sequences = count(log, pairs, transitions, starts, ends);
  let totalTransitions = 0;
  for (const events of transitions.events) totalTransitions += events;
  return {
    transitions: toTransitions(transitions, pairs, names),
    starts: countsByName(starts, names),
    ends: countsByName(ends, names),
    sequences,
    totalTransitions,
  };
}

function countCustomerPairs(
  log: EventLog,
  pairs: PairSlots,
  transitions: Tally,
  starts: Tally,
  ends: Tally,
): number {
  const { name: names, customerStart } = log.columns;
  const { events, customers, lastCustomer } = transitions;
  const { nameCount } = pairs;
  const dense = pairs.slots === undefined;
  let sequences = 0;
  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const start = customerStart[customer] as number;
    const end = customerStart[customer + 1] as number;
    if (start === end) continue;
    sequences += 1;
    const tag = customer + 1;
    let previous = names[start] as number;
    tally(starts, previous, customer);
    // The hot loop: written out rather than calling tally(), as the funnel baseline is.
    for (let i = start + 1; i < end; i += 1) {
      const current = names[i] as number;
      const slot = dense ? previous * nameCount + current : slotOf(pairs, previous, current);
      events[slot] = (events[slot] as number) + 1;
      if (lastCustomer[slot] !== tag) {
        lastCustomer[slot] = tag;
        customers[slot] = (customers[slot] as number) + 1;
      }
      previous = current;
    }
    tally(ends, previous, customer);
  }
  return sequences;
}

function countSessionPairs(
  log: EventLog,
  pairs: PairSlots,
  transitions: Tally,
  starts: Tally,
  ends: Tally,
): number {
  const { name: names, session, customerStart } = log.columns;
  // Per session, its last event's name plus one (0 before its first event).
  const lastName = new Uint32Array(log.columns.sessionIds.length);
  const open: number[] = [];
  let sequences = 0;
  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const end = customerStart[customer + 1] as number;
    for (let i = customerStart[customer] as number; i < end; i += 1) {
      const id = session[i] as number;
      if (id === NO_SESSION) continue;
      const current = names[i] as number;
      const previous = lastName[id] as number;
      if (previous === 0) {
        open.push(id);
        tally(starts, current, customer);
      } else {
        tally(transitions, slotOf(pairs, previous - 1, current), customer);
      }
      lastName[id] = current + 1;
    }
    for (const id of open) {
      tally(ends, (lastName[id] as number) - 1, customer);
      lastName[id] = 0;
    }
    sequences += open.length;
    open.length = 0;
  }
  return sequences;
}
