import * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import { StepSchema } from "../model/step";
import { parseOptions } from "../options/parse-options";
import { type NeighbourActionsResult, neighbourActions, neighbourOptionsShape } from "./neighbour-actions";

/**
 * The options of {@link nextActions}: the anchor step `after`, and `expected`, `occurrence`,
 * `within`, `ignore` and `top` (see {@link nextActions}).
 *
 * @example
 * ```ts
 * NextActionsOptionsSchema.parse({ after: "add_to_cart" });
 * // { after: "add_to_cart", occurrence: "first", ignore: [], top: 10 }
 * ```
 */
export const NextActionsOptionsSchema = z.strictObject({ after: StepSchema, ...neighbourOptionsShape });

/**
 * The options of {@link nextActions}, as written.
 *
 * @example
 * ```ts
 * const options: NextActionsOptions = { after: "add_to_cart", expected: "begin_checkout", within: "30m" };
 * ```
 */
export type NextActionsOptions = z.input<typeof NextActionsOptionsSchema>;

/**
 * What customers did right after a step, for instance instead of the next funnel step: the
 * event that followed each anchor (an event matching `after`), by name.
 *
 * - `occurrence`: which of a customer's anchor events count: the `"first"` (default), the
 *   `"last"` (what happened after their last cart, the one that was abandoned), or `"every"` one
 *   (then counts are of anchors, and `customers` of distinct customers).
 * - The neighbour is the customer's next event in log order (time; ties by sequence, then name and content) that
 *   matches no `ignore` step. Another anchor event is a neighbour like any other.
 * - `expected`: a neighbour matching this step (the funnel's next step) is counted in `expected`
 *   rather than by name, so `actions` lists what people did *instead*.
 * - `within`: a neighbour later than this after the anchor does not count; the anchor goes to
 *   `none`, as does an anchor with no later event (the customer's last event).
 *
 * Every anchor is counted exactly once in `expected`, `actions`, `other` or `none`.
 *
 * @param log - The events.
 * @param options - The anchor step `after` (an event name, matcher or `{ anyOf }`) and the options above.
 * @returns The neighbours by name, most frequent first (ties by name), with shares of anchors.
 * @throws {@link InvalidOptionError} when `after` is missing, a step is malformed or `within` is not a positive duration.
 *
 * @example
 * ```ts
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 1, name: "add_to_cart" },
 *   { customerId: "ann", timestamp: 2, name: "begin_checkout" },
 *   { customerId: "bob", timestamp: 1, name: "add_to_cart" },
 *   { customerId: "bob", timestamp: 2, name: "view_item" },
 *   { customerId: "cem", timestamp: 1, name: "add_to_cart" },
 * ]);
 * nextActions(log, { after: "add_to_cart", expected: "begin_checkout" });
 * // {
 * //   step: "add_to_cart", anchors: 3, customers: 3,
 * //   expected: { count: 1, customers: 1, share: 1 / 3 },
 * //   actions: [{ name: "view_item", count: 1, customers: 1, share: 1 / 3 }],
 * //   other: { actions: 0, count: 0, customers: 0, share: 0 },
 * //   none: { count: 1, customers: 1, share: 1 / 3 },
 * // }
 * ```
 */
export function nextActions(log: EventLog, options: NextActionsOptions): NeighbourActionsResult {
  const { after, ...query } = parseOptions(NextActionsOptionsSchema, options);
  return neighbourActions(log, { anchor: after, direction: 1, ...query });
}
