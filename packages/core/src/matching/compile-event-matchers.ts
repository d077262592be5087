import type { ReadonlyDeep } from "type-fest";
import type { EventLog } from "../event-log/event-log";
import type { EventMatcher } from "../model/event-matcher";
import type { Step } from "../model/step";
import { compileValueCondition } from "./value-condition";

/**
 * A test on one event of a log, by its position: `true` when the event matches.
 *
 * @example
 * ```ts
 * const isPurchase: EventPredicate = compileEventMatcher(log, "purchase");
 * isPurchase(0); // true when the log's first event is a purchase
 * ```
 */
export type EventPredicate = (index: number) => boolean;

/**
 * Several steps compiled against one log, for loops over its events. Matching starts from the
 * event's interned name: an event whose name no step mentions costs one array read, and
 * conditions (`channel`, `source`, `medium`, `where`) are read only for events whose name matched.
 *
 * @example
 * ```ts
 * const steps = compileEventMatchers(log, ["view_item", "add_to_cart", "purchase"]);
 * steps.mask(3); // 0b010 when event 3 is an add_to_cart
 * steps.first(3); // 1
 * steps.matches(3, 2); // false
 * ```
 */
export interface CompiledEventMatchers {
  /** How many matchers were compiled. */
  readonly count: number;
  /**
   * Per name index (see `EventLog.columns.names`), the bits of the matchers (the first 32) that match
   * every event with that name, whatever its fields. With {@link CompiledEventMatchers.needsCheck}
   * it lets a hot loop skip the method call for most events.
   */
  readonly nameMask: Uint32Array;
  /** Per name index, 1 when some matcher for that name has conditions on the event's fields. */
  readonly needsCheck: Uint8Array;
  /**
   * The matchers (the first 32) that event `index` matches, as bits: bit `k` for matcher `k`.
   *
   * @example
   * ```ts
   * compileEventMatchers(log, ["a", "b"]).mask(0); // 0b01 when event 0 is named "a"
   * ```
   */
  mask(index: number): number;
  /**
   * The lowest-numbered matcher that event `index` matches, or -1 for none.
   *
   * @example
   * ```ts
   * compileEventMatchers(log, ["a", "b"]).first(0); // 0 when event 0 is named "a"
   * ```
   */
  first(index: number): number;
  /**
   * Whether event `index` matches matcher number `matcher`.
   *
   * @example
   * ```ts
   * compileEventMatchers(log, ["a", "b"]).matches(0, 1); // false when event 0 is named "a"
   * ```
   */
  matches(index: number, matcher: number): boolean;
  /**
   * Writes the numbers of every matcher that event `index` matches into `out` (ascending) and
   * returns how many there are; `out` needs room for `count` entries. Nothing is allocated.
   *
   * @example
   * ```ts
   * const out = new Uint32Array(matchers.count);
   * const found = matchers.matchInto(0, out); // out.subarray(0, found) lists the matches
   * ```
   */
  matchInto(index: number, out: Uint32Array): number;
}

/** One way a matcher can match events of one name; `check` is undefined when the name suffices. */
interface Candidate {
  readonly matcher: number;
  readonly check: EventPredicate | undefined;
}

function compileFieldChecks(log: EventLog, matcher: ReadonlyDeep<EventMatcher>): EventPredicate | undefined {
  const tests: EventPredicate[] = [];
  const { channel, source, medium, where } = matcher;
  if (channel !== undefined) {
    const test = compileValueCondition(channel);
    tests.push((index) => test(log.channel(index)));
  }
  if (source !== undefined) {
    const test = compileValueCondition(source);
    tests.push((index) => test(log.source(index)));
  }
  if (medium !== undefined) {
    const test = compileValueCondition(medium);
    tests.push((index) => test(log.medium(index)));
  }
  for (const [key, condition] of Object.entries(where ?? {})) {
    const test = compileValueCondition(condition);
    tests.push((index) => test(log.property(index, key)));
  }
  if (tests.length === 0) return undefined;
  if (tests.length === 1) return tests[0];
  return (index) => {
    for (const test of tests) if (!test(index)) return false;
    return true;
  };
}

function alternativesOf(step: Step): readonly (string | ReadonlyDeep<EventMatcher>)[] {
  return typeof step === "object" && "anyOf" in step ? step.anyOf : [step];
}

/**
 * Compiles steps (event names, event matchers or `{ anyOf }` steps) against a log, once, into
 * tables indexed by interned event name, so that testing an event costs an array read unless its
 * name is one a conditional matcher needs. A name the log does not contain matches nothing.
 *
 * Conditions: `{ equals }` is `Object.is` equality, `{ oneOf }` set membership, `{ prefix }`
 * applies to strings only. A missing field or property matches no condition (not even
 * `{ equals: null }`, which needs the property present with the value null).
 *
 * @param log - The log whose events will be tested; the result only works for this log.
 * @param steps - The matchers, numbered by their position.
 * @returns The compiled matchers.
 *
 * @example
 * ```ts
 * const log = EventLog.from([
 *   { customerId: "c", timestamp: 1, name: "page_view", properties: { page: "/cart" } },
 *   { customerId: "c", timestamp: 2, name: "purchase" },
 * ]);
 * const matchers = compileEventMatchers(log, [
 *   { name: "page_view", where: { page: { prefix: "/cart" } } },
 *   { anyOf: ["purchase", "subscribe"] },
 * ]);
 * matchers.mask(0); // 0b01
 * matchers.first(1); // 1
 * ```
 */
export function compileEventMatchers(log: EventLog, steps: readonly Step[]): CompiledEventMatchers {
  const nameCount = log.columns.names.length;
  const byName: Candidate[][] = Array.from({ length: nameCount }, () => []);
  steps.forEach((step, matcher) => {
    for (const alternative of alternativesOf(step)) {
      const name = log.nameIndex(typeof alternative === "string" ? alternative : alternative.name);
      if (name < 0) continue;
      const check = typeof alternative === "string" ? undefined : compileFieldChecks(log, alternative);
      byName[name]?.push({ matcher, check });
    }
  });

  const nameMask = new Uint32Array(nameCount);
  const needsCheck = new Uint8Array(nameCount);
  // Per name, the candidates in matcher order; a matcher that matches on name alone drops its
  // conditional alternatives for that name, since they can add nothing.
  const candidates: (readonly Candidate[])[] = byName.map((list, name) => {
    const unconditional = new Set(list.filter((c) => c.check === undefined).map((c) => c.matcher));
    const kept = list
      .filter((c) => c.check === undefined || !unconditional.has(c.matcher))
      .sort((a, b) => a.matcher - b.matcher);
    for (const candidate of kept) {
      if (candidate.matcher >= 32) continue;
      if (candidate.check === undefined)
        nameMask[name] = ((nameMask[name] as number) | (1 << candidate.matcher)) >>> 0;
      else needsCheck[name] = 1;
    }
    return kept;
  });
  const names = log.columns.name;

  return {
    count: steps.length,
    nameMask,
    needsCheck,
    mask(index) {
      const name = names[index] as number;
      let bits = nameMask[name] as number;
      if (needsCheck[name] === 1) {
        for (const { matcher, check } of candidates[name] as readonly Candidate[]) {
          if (check !== undefined && matcher < 32 && check(index)) bits |= 1 << matcher;
        }
      }
      return bits >>> 0;
    },
    first(index) {
      for (const { matcher, check } of candidates[names[index] as number] as readonly Candidate[]) {
        if (check === undefined || check(index)) return matcher;
      }
      return -1;
    },
    matches(index, wanted) {
      for (const { matcher, check } of candidates[names[index] as number] as readonly Candidate[]) {
        if (matcher === wanted && (check === undefined || check(index))) return true;
      }
      return false;
    },
    matchInto(index, out) {
      let found = 0;
      for (const { matcher, check } of candidates[names[index] as number] as readonly Candidate[]) {
        if (found > 0 && out[found - 1] === matcher) continue;
        if (check === undefined || check(index)) {
          out[found] = matcher;
          found += 1;
        }
      }
      return found;
    },
  };
}
