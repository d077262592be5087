import type { ReadonlyDeep } from "type-fest";

/** Freezes a plain JSON-like value and everything inside it, so readonly types are also true at run time. */
export function deepFreeze<T>(value: T): ReadonlyDeep<T> {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value as ReadonlyDeep<T>;
}
