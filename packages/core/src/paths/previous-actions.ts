import * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import { StepSchema } from "../model/step";
import { parseOptions } from "../options/parse-options";
import { type NeighbourActionsResult, neighbourActions, neighbourOptionsShape } from "./neighbour-actions";

/**
 * The options of {@link previousActions}: the anchor step `before`, and `expected`,
 * `occurrence`, `within`, `ignore` and `top` (see {@link previousActions}).
 *
 * @example
 * ```ts
 * PreviousActionsOptionsSchema.parse({ before: "purchase" });
 * // { before: "purchase", occurrence: "first", ignore: [], top: 10 }
 * ```
 */
export const PreviousActionsOptionsSchema = z.strictObject({ before: StepSchema, ...neighbourOptionsShape });

/**
 * The options of {@link previousActions}, as written.
 *
 * @example
 * ```ts
 * const options: PreviousActionsOptions = { before: "purchase", expected: "add_payment_info", within: "1h" };
 * ```
 */
export type PreviousActionsOptions = z.input<typeof PreviousActionsOptionsSchema>;

/**
 * What customers did right before a step, for instance what led to a purchase, or where people
 * came from when they skipped the funnel's previous step: the event that preceded each anchor (an
 * event matching `before`), by name. The mirror image of {@link nextActions}.
 *
 * - `occurrence`: which of a customer's anchor events count: the `"first"` (default), the
 *   `"last"`, or `"every"` one (then counts are of anchors, and `customers` of distinct customers).
 * - The neighbour is the customer's previous event in log order (time; ties by sequence, then name and content) that
 *   matches no `ignore` step. Another anchor event is a neighbour like any other.
 * - `expected`: a neighbour matching this step (the funnel's previous step) is counted in
 *   `expected` rather than by name, so `actions` lists the other ways in.
 * - `within`: a neighbour earlier than this before the anchor does not count; the anchor goes to
 *   `none`, as does an anchor with no earlier event (the customer's first event).
 *
 * Every anchor is counted exactly once in `expected`, `actions`, `other` or `none`.
 *
 * @param log - The events.
 * @param options - The anchor step `before` (an event name, matcher or `{ anyOf }`) and the options above.
 * @returns The neighbours by name, most frequent first (ties by name), with shares of anchors.
 * @throws {@link InvalidOptionError} when `before` is missing, a step is malformed or `within` is not a positive duration.
 *
 * @example
 * ```ts
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 1, name: "add_payment_info" },
 *   { customerId: "ann", timestamp: 2, name: "purchase" },
 *   { customerId: "bob", timestamp: 1, name: "view_cart" },
 *   { customerId: "bob", timestamp: 2, name: "purchase" },
 *   { customerId: "cem", timestamp: 1, name: "purchase" },
 * ]);
 * previousActions(log, { before: "purchase", expected: "add_payment_info" });
 * // {
 * //   step: "purchase", anchors: 3, customers: 3,
 * //   expected: { count: 1, customers: 1, share: 1 / 3 },
 * //   actions: [{ name: "view_cart", count: 1, customers: 1, share: 1 / 3 }],
 * //   other: { actions: 0, count: 0, customers: 0, share: 0 },
 * //   none: { count: 1, customers: 1, share: 1 / 3 },
 * // }
 * ```
 */
export function previousActions(log: EventLog, options: PreviousActionsOptions): NeighbourActionsResult {
  const { before, ...query } = parseOptions(PreviousActionsOptionsSchema, options);
  return neighbourActions(log, { anchor: before, direction: -1, ...query });
}
