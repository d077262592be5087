import type { EventLog } from "../event-log/event-log";
import type { FunnelOptions } from "./funnel-options";
import type { FunnelResult } from "./funnel-result";
import { planFunnel } from "./plan-funnel";
import { runFunnel } from "./run-funnel";

/**
 * Counts how far customers (or sessions) get through a sequence of steps, where they drop off,
 * and how long each step takes. One pass over the log's columns per unit.
 *
 * **Reaching a step.** A unit's events are taken in log order (time; ties by sequence, then name and content). With
 * `order: "ordered"` (default) a unit *reaches step k* when there are events e1 … ek at strictly
 * increasing positions, ei matching step i, with `time(ek) - time(e1) <= window` (inclusive;
 * default `"7d"`). Each step is counted independently, so counts never rise from one required
 * step to the next.
 * - `order: "strict"`: each e(i+1) must be the unit's very next event after ei (any other event
 *   in between breaks the chain).
 * - `order: "any"`: steps 1..k may be done in any order, each by a distinct event, inside one
 *   window that opens at an event matching any step (see entry) and spans `window` from it.
 *
 * **Entry.** `entry: "any"` (default): every event matching step 1 starts an attempt, and the unit
 * counts at the furthest step any attempt reaches. `entry: "first"`: only the unit's first step-1
 * event starts one; if that attempt stalls, later step-1 events do not give it a second chance
 * (this is Mixpanel's classic counting: A, A, B, C with a one-hour window fails when the first A
 * is more than an hour before C). With `order: "any"`, where no step comes first, attempts are
 * opened by events matching any step.
 *
 * **Per-step options.** `within` on a step bounds the time since the previous step the attempt
 * did (the previous step, or an optional step in between if the attempt did it). `optional: true`
 * lets attempts skip the step (not allowed for step 1): later steps are reached with or without
 * it, and the optional step's own count is the units whose attempts did it on the way. Rates of
 * the step after an optional one are taken against the last required step.
 *
 * **Exclusions.** `{ event, between: [from, to] }` (0-based step positions; default first and last
 * step): when an excluded event occurs after an attempt's step `from` and before its step `to`
 * (by log position), the attempt cannot go on to step `to`; it still counts for the steps it had
 * reached. An event that is itself one of the attempt's steps does not exclude it. Only with
 * `order: "ordered"`.
 *
 * **Counting.** `countBy: "customers"` (default) or `"sessions"`: each session is its own sequence
 * (events without a session are left out; the log must have session ids). Every `count` is in
 * those units, the one tally word of a funnel step.
 *
 * **Times.** Each unit is described by one attempt: the first (by log position) to reach the
 * unit's furthest step; among chains finishing together, the one that started last; within it, a
 * later step takes the first event that continued the chain (so for A, A, B, C the times run from
 * the second A, and for A, B, B, C from the first B). `timeFromPrevious` and `timeFromStart` of
 * step k summarise, over the units that reached k and whose chosen attempt did step k, the time
 * since the previous step it did and since its step 1 (median, p25, p75, p90, mean, in ms).
 *
 * **Breakdown.** `{ property }`, `{ field: "channel" | "source" | "medium" }` or `{ segment }`
 * splits the units into groups, by the value on the chosen attempt's step-1 event (`at:
 * "first-step"`, default) or on its furthest step's event (`at: "last-step"`), or by the
 * customer's segment; the `top` (default 10) largest by step-1 count are kept, the rest summed as
 * `"other"`; a unit without a value goes to `"(none)"`.
 *
 * @param log - The events.
 * @param options - See {@link FunnelOptions}; `steps` is required.
 * @returns Plain data: per step `count`, `conversionFromStart`,
 * `conversionFromPrevious`, `dropOff`, `dropOffRate`, `timeFromPrevious`, `timeFromStart`;
 * `overallConversion`; `biggestDropOff` by count and by rate; `breakdown` groups when asked.
 * @throws {@link InvalidOptionError} naming the option: no steps, a malformed step, a `window`
 * or `within` that is not a positive duration, an optional or `within` first step, an exclusion
 * naming steps that do not exist, options the chosen `order` does not allow, or `countBy:
 * "sessions"` on a log without sessions.
 *
 * @example
 * ```ts
 * import { EventLog, funnel } from "@journeykit/core";
 *
 * const hour = 3_600_000;
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 0, name: "view_item" },
 *   { customerId: "ann", timestamp: 1 * hour, name: "add_to_cart" },
 *   { customerId: "ann", timestamp: 2 * hour, name: "purchase" },
 *   { customerId: "bob", timestamp: 0, name: "view_item" },
 *   { customerId: "bob", timestamp: 3 * hour, name: "add_to_cart" },
 *   { customerId: "cem", timestamp: 0, name: "view_item" },
 * ]);
 * const result = funnel(log, { steps: ["view_item", "add_to_cart", "purchase"] });
 * result.steps.map((step) => step.count); // [3, 2, 1]
 * result.steps[1].conversionFromPrevious; // 0.6666666666666666
 * result.steps[1].timeFromPrevious?.median; // 7_200_000 (2 hours: the median of 1 h and 3 h)
 * result.biggestDropOff.byRate?.toLabel; // "purchase" (half of the carts were lost)
 * result.overallConversion; // 0.3333333333333333
 * ```
 */
export function funnel(log: EventLog, options: FunnelOptions): FunnelResult {
  return runFunnel(log, planFunnel(options));
}
