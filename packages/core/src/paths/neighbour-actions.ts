import * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import { anyStep } from "../matching/any-step";
import { compileEventMatcher } from "../matching/compile-event-matcher";
import { stepLabel } from "../matching/step-label";
import { DurationSchema } from "../model/duration-schema";
import { type Duration, parseDuration } from "../model/parse-duration";
import { type Step, StepSchema } from "../model/step";
import { compareNames } from "../util/compare-names";
import { createTally, tally } from "../util/tally";

/** The options nextActions and previousActions share; each adds its anchor (`after` / `before`). */
export const neighbourOptionsShape = {
  /** The step the funnel expects there: events matching it are counted in `expected`, not as actions. */
  expected: StepSchema.optional(),
  /** Which occurrences of the anchor step count: the customer's `"first"` (default), `"last"`, or `"every"` one. */
  occurrence: z.enum(["first", "last", "every"]).default("first"),
  /** Only an event at most this long from the anchor counts (ms, or "30m", "7d"); further away counts as `none`. */
  within: DurationSchema.optional(),
  /** Events matching any of these steps are skipped when looking for the neighbour. */
  ignore: z.array(StepSchema).default([]),
  /** How many actions to list; the rest are summed in `other`. Default 10. */
  top: z.number().int().min(1).default(10),
};

/**
 * How often one kind of neighbour followed (or preceded) the anchor step.
 *
 * @example
 * ```ts
 * const action: ActionCount = { name: "view_cart", count: 12, customers: 10, share: 0.3 };
 * ```
 */
export interface ActionCount {
  /** The neighbour event's name. */
  readonly name: string;
  /** How many anchors had it as their neighbour. */
  readonly count: number;
  /** How many distinct customers those anchors belong to. */
  readonly customers: number;
  /** `count` divided by `anchors` (0..1). */
  readonly share: number;
}

/**
 * A count of anchors without a name: those whose neighbour was the expected step, or that had no
 * neighbour.
 *
 * @example
 * ```ts
 * const none: AnchorCount = { count: 8, customers: 8, share: 0.2 };
 * ```
 */
export interface AnchorCount {
  /** How many anchors. */
  readonly count: number;
  /** How many distinct customers they belong to. */
  readonly customers: number;
  /** `count` divided by `anchors` (0..1). */
  readonly share: number;
}

/**
 * The result of {@link nextActions} and {@link previousActions}. Every anchor lands in exactly
 * one of `expected`, `actions`, `other` and `none`, so their counts add up to `anchors`.
 *
 * @example
 * ```ts
 * const result: NeighbourActionsResult = nextActions(log, { after: "add_to_cart", expected: "begin_checkout" });
 * result.none.share; // the share of carts after which nothing happened
 * ```
 */
export interface NeighbourActionsResult {
  /** The anchor step, as a label. */
  readonly step: string;
  /** How many anchor events were counted (one per customer unless `occurrence: "every"`). */
  readonly anchors: number;
  /** How many distinct customers have an anchor. */
  readonly customers: number;
  /** With `expected`: anchors whose neighbour is the expected step. */
  readonly expected?: AnchorCount;
  /** The `top` other neighbours by name: highest count first, then by name. */
  readonly actions: readonly ActionCount[];
  /** The neighbours beyond `top`, summed; `actions` is how many names that is. */
  readonly other: AnchorCount & { readonly actions: number };
  /**
   * Anchors without a neighbour: nothing after it (`nextActions`: the customer left) or before
   * it (`previousActions`: it was their first event), or nothing within `within`.
   */
  readonly none: AnchorCount;
}

/** A parsed neighbour query: the anchor step, which way to look, and the shared options. */
export interface NeighbourQuery {
  readonly anchor: Step;
  readonly direction: 1 | -1;
  readonly expected?: Step | undefined;
  readonly occurrence: "first" | "last" | "every";
  readonly within?: Duration | undefined;
  readonly ignore: readonly Step[];
  readonly top: number;
}

/**
 * What customers did right after (direction 1) or right before (direction -1) an anchor step:
 * the shared loop of nextActions and previousActions.
 */
export function neighbourActions(log: EventLog, query: NeighbourQuery): NeighbourActionsResult {
  const { anchor, direction, expected, occurrence, ignore, top } = query;
  const within =
    query.within === undefined ? Number.POSITIVE_INFINITY : parseDuration(query.within, "within");
  const isAnchor = compileEventMatcher(log, anchor);
  const isExpected = expected === undefined ? () => false : compileEventMatcher(log, expected);
  const isIgnored = anyStep(log, ignore);
  const { name: nameOf, names, timestamp, customerStart } = log.columns;
  const nameCount = names.length;
  // Slots: one per event name, then "expected", then "none".
  const expectedSlot = nameCount;
  const noneSlot = nameCount + 1;
  const counts = createTally(nameCount + 2);
  // Per anchor, its slot and customer (in customer order), to count customers beyond `top`.
  const anchorSlots: number[] = [];
  const anchorCustomers: number[] = [];

  const countAnchor = (anchorIndex: number, customer: number, first: number, last: number) => {
    let slot = noneSlot;
    for (let i = anchorIndex + direction; i >= first && i < last; i += direction) {
      if (isIgnored(i)) continue;
      if (Math.abs((timestamp[i] as number) - (timestamp[anchorIndex] as number)) <= within) {
        slot = isExpected(i) ? expectedSlot : (nameOf[i] as number);
      }
      break;
    }
    tally(counts, slot, customer);
    anchorSlots.push(slot);
    anchorCustomers.push(customer);
  };

  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const first = customerStart[customer] as number;
    const last = customerStart[customer + 1] as number;
    if (occurrence === "every") {
      for (let i = first; i < last; i += 1) if (isAnchor(i)) countAnchor(i, customer, first, last);
      continue;
    }
    const forward = occurrence === "first";
    for (let i = forward ? first : last - 1; i >= first && i < last; i += forward ? 1 : -1) {
      if (isAnchor(i)) {
        countAnchor(i, customer, first, last);
        break;
      }
    }
  }

  const anchors = anchorSlots.length;
  const share = (count: number) => (anchors === 0 ? 0 : count / anchors);
  const anchorCount = (slot: number): AnchorCount => {
    const count = counts.events[slot] as number;
    return { count, customers: counts.customers[slot] as number, share: share(count) };
  };
  const ranked: ActionCount[] = [];
  for (let name = 0; name < nameCount; name += 1) {
    if ((counts.events[name] as number) > 0)
      ranked.push({ name: names[name] as string, ...anchorCount(name) });
  }
  ranked.sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
  const rest = ranked.slice(top);
  const otherCount = rest.reduce((sum, action) => sum + action.count, 0);
  const inOther = new Uint8Array(nameCount + 2);
  for (const action of rest) inOther[log.nameIndex(action.name)] = 1;
  return {
    step: stepLabel(anchor),
    anchors,
    customers: countDistinct(anchorCustomers, () => true),
    ...(expected === undefined ? {} : { expected: anchorCount(expectedSlot) }),
    actions: ranked.slice(0, top),
    other: {
      actions: rest.length,
      count: otherCount,
      customers: countDistinct(anchorCustomers, (anchor) => inOther[anchorSlots[anchor] as number] === 1),
      share: share(otherCount),
    },
    none: anchorCount(noneSlot),
  };
}

/** Distinct values among `customers[i]` for the i that `keep` accepts; `customers` is sorted. */
function countDistinct(customers: readonly number[], keep: (i: number) => boolean): number {
  let distinct = 0;
  let previous = -1;
  customers.forEach((customer, i) => {
    if (customer !== previous && keep(i)) {
      distinct += 1;
      previous = customer;
    }
  });
  return distinct;
}
