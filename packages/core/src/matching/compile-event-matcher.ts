import type { EventLog } from "../event-log/event-log";
import type { Step } from "../model/step";
import { compileEventMatchers, type EventPredicate } from "./compile-event-matchers";

/**
 * Compiles one step (an event name, an event matcher or an `{ anyOf }` step) against a log into a
 * predicate over event positions. Name-only matchers compare interned name indexes; conditions
 * are read only for events whose name matched. See {@link compileEventMatchers} for the rules of
 * each condition and for testing many matchers at once.
 *
 * @param log - The log whose events will be tested.
 * @param step - What to match; a touchpoint's `events` entries are event matchers.
 * @returns A predicate: `predicate(index)` is true when event `index` matches.
 *
 * @example
 * ```ts
 * const log = EventLog.from([
 *   { customerId: "c", timestamp: 1, name: "session_start", medium: "cpc" },
 *   { customerId: "c", timestamp: 2, name: "session_start", medium: "organic" },
 * ]);
 * const paid = compileEventMatcher(log, { name: "session_start", medium: { oneOf: ["cpc", "paid_social"] } });
 * paid(0); // true
 * paid(1); // false
 * ```
 */
export function compileEventMatcher(log: EventLog, step: Step): EventPredicate {
  const compiled = compileEventMatchers(log, [step]);
  const { nameMask, needsCheck } = compiled;
  const names = log.columns.name;
  return (index) => {
    const name = names[index] as number;
    return nameMask[name] === 1 || (needsCheck[name] === 1 && compiled.mask(index) === 1);
  };
}
