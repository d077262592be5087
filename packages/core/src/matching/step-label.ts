import type { ReadonlyDeep } from "type-fest";
import type { EventMatcher } from "../model/event-matcher";
import type { Step } from "../model/step";

function matcherLabel(matcher: string | ReadonlyDeep<EventMatcher>): string {
  if (typeof matcher === "string") return matcher;
  const conditions = [
    ...(["channel", "source", "medium"] as const).filter((field) => matcher[field] !== undefined),
    ...Object.keys(matcher.where ?? {}),
  ];
  return conditions.length === 0 ? matcher.name : `${matcher.name} (${conditions.join(", ")})`;
}

/**
 * A short, readable name for a step, as results show it: its `label` when it has one, otherwise
 * the event name (with the fields its conditions test in parentheses), or the alternatives of an
 * OR-step joined by `" | "`.
 *
 * @param step - A step in any of its forms.
 * @returns The label.
 *
 * @example
 * ```ts
 * stepLabel("add_to_cart"); // "add_to_cart"
 * stepLabel({ name: "page_view", where: { page_location: { prefix: "/cart" } } }); // "page_view (page_location)"
 * stepLabel({ anyOf: ["sign_up", "login"] }); // "sign_up | login"
 * stepLabel({ anyOf: ["sign_up", "login"], label: "Identified" }); // "Identified"
 * ```
 */
export function stepLabel(step: Step): string {
  if (typeof step === "string") return step;
  if (step.label !== undefined) return step.label;
  return "anyOf" in step ? step.anyOf.map(matcherLabel).join(" | ") : matcherLabel(step);
}
