import type { EventLog } from "../event-log/event-log";
import type { Step } from "../model/step";
import { compileEventMatchers, type EventPredicate } from "./compile-event-matchers";

/** One predicate for "matches any of these steps"; an empty list matches nothing. */
export function anyStep(log: EventLog, steps: readonly Step[]): EventPredicate {
  if (steps.length === 0) return () => false;
  const compiled = compileEventMatchers(log, steps);
  // The name tables cover the first 32 matchers only; past that, ask every candidate.
  if (steps.length > 32) return (index) => compiled.first(index) >= 0;
  const { nameMask, needsCheck } = compiled;
  const names = log.columns.name;
  return (index) => {
    const name = names[index] as number;
    return nameMask[name] !== 0 || (needsCheck[name] === 1 && compiled.first(index) >= 0);
  };
}
