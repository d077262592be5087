import type { ReadonlyDeep } from "type-fest";
import type { PropertyValue, ValueCondition } from "../model/event-matcher";

/**
 * A condition as a test on one value. A missing value (`undefined`) matches nothing, not even
 * `{ equals: null }`: null means "present and empty" in event data, which is worth telling apart.
 */
export function compileValueCondition(
  condition: ReadonlyDeep<ValueCondition>,
): (value: PropertyValue | undefined) => boolean {
  if ("equals" in condition) {
    const expected = condition.equals;
    return (value) => value !== undefined && Object.is(value, expected);
  }
  if ("oneOf" in condition) {
    const allowed = new Set<PropertyValue>(condition.oneOf);
    return (value) => value !== undefined && allowed.has(value);
  }
  const { prefix } = condition;
  return (value) => typeof value === "string" && value.startsWith(prefix);
}
