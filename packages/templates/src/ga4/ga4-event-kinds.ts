import {
  GA4_AUTOMATICALLY_COLLECTED_EVENTS,
  GA4_ENHANCED_MEASUREMENT_EVENTS,
  GA4_RECOMMENDED_EVENTS,
} from "./ga4-event-names";

/**
 * How GA4 knows an event name: recommended (you send it with prescribed parameters),
 * automatically collected, or collected by web enhanced measurement.
 *
 * @example
 * ```ts
 * const kind: Ga4EventKind = "recommended";
 * ```
 */
export type Ga4EventKind = "recommended" | "automatically-collected" | "enhanced-measurement";

const lists: readonly (readonly [Ga4EventKind, ReadonlySet<string>])[] = [
  ["recommended", new Set(GA4_RECOMMENDED_EVENTS)],
  ["automatically-collected", new Set(GA4_AUTOMATICALLY_COLLECTED_EVENTS)],
  ["enhanced-measurement", new Set(GA4_ENHANCED_MEASUREMENT_EVENTS)],
];

/**
 * Says which of GA4's documented event lists name an event. An empty array means GA4 does not
 * know the name: it is a custom event, which you must send yourself and register in GA4 to
 * report on its parameters. Names are compared exactly (GA4 event names are case-sensitive).
 *
 * @param name - An event name, such as `"generate_lead"`.
 * @returns The kinds, in the order recommended, automatically collected, enhanced measurement.
 *
 * @example
 * ```ts
 * ga4EventKinds("purchase"); // ["recommended"]
 * ga4EventKinds("form_submit"); // ["automatically-collected", "enhanced-measurement"]
 * ga4EventKinds("support_chat_start"); // []
 * ```
 */
export function ga4EventKinds(name: string): Ga4EventKind[] {
  return lists.filter(([, names]) => names.has(name)).map(([kind]) => kind);
}
