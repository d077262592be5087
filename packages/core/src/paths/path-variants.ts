import * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import { anyStep } from "../matching/any-step";
import { compileEventMatcher } from "../matching/compile-event-matcher";
import { StepSchema } from "../model/step";
import { parseOptions } from "../options/parse-options";
import { compareNameLists } from "../util/compare-names";

/**
 * The options of {@link pathVariants}; see there for how they shape a customer's path.
 *
 * @example
 * ```ts
 * PathVariantsOptionsSchema.parse({ startAt: "view_item" });
 * // { startAt: "view_item", maxSteps: 5, top: 10, collapseRepeats: false, ignore: [] }
 * ```
 */
export const PathVariantsOptionsSchema = z.strictObject({
  /** The path starts at the customer's first event matching this step (default: the first event). */
  startAt: StepSchema.optional(),
  /** The path ends at the first event after the start that matches this step (inclusive). */
  endAt: StepSchema.optional(),
  /** Steps kept per path; longer paths are cut and counted as `truncated`. Default 5. */
  maxSteps: z.number().int().min(1).default(5),
  /** How many variants to list; the rest are summed in `other`. Default 10. */
  top: z.number().int().min(1).default(10),
  /** Merge runs of consecutive events with the same name into one step. Default `false`. */
  collapseRepeats: z.boolean().default(false),
  /** Events matching any of these steps are removed before paths are built (noise such as `user_engagement`). */
  ignore: z.array(StepSchema).default([]),
});

/**
 * The options of {@link pathVariants}, as written.
 *
 * @example
 * ```ts
 * const options: PathVariantsOptions = { startAt: "view_item", endAt: "purchase", maxSteps: 6, collapseRepeats: true };
 * ```
 */
export type PathVariantsOptions = z.input<typeof PathVariantsOptionsSchema>;

/**
 * One distinct path and the customers who took it.
 *
 * @example
 * ```ts
 * const variant: PathVariant = { steps: ["view_item", "add_to_cart"], customers: 40, share: 0.4, truncated: 0 };
 * ```
 */
export interface PathVariant {
  /** The event names of the path, in order (at most `maxSteps`). */
  readonly steps: readonly string[];
  /** How many customers took exactly this path (or a longer one cut to it). */
  readonly customers: number;
  /** `customers` divided by the customers with a path (0..1). */
  readonly share: number;
  /** How many of these customers had more steps than `maxSteps`, cut off. */
  readonly truncated: number;
}

/**
 * The result of {@link pathVariants}.
 *
 * @example
 * ```ts
 * const result: PathVariantsResult = pathVariants(log, { top: 3 });
 * result.variants.length; // at most 3
 * ```
 */
export interface PathVariantsResult {
  /** How many customers have a path; the denominator of every `share`. */
  readonly customers: number;
  /** Customers with events but no path: no event matched `startAt`, or every event was ignored. */
  readonly customersWithoutPath: number;
  /** The `top` most common paths: most customers first, then by steps in name order. */
  readonly variants: readonly PathVariant[];
  /** Every path beyond `top`, summed: how many distinct paths, customers and their share. */
  readonly other: { readonly variants: number; readonly customers: number; readonly share: number };
  /** With `endAt`: how many customers' paths end at an `endAt` event within `maxSteps`. */
  readonly reachedEnd?: number;
}

interface VariantCount {
  readonly steps: readonly string[];
  customers: number;
  truncated: number;
}

/**
 * The most common paths customers take, with the number and share of customers for each, the
 * rest summed as `other` (GA4's path exploration and PostHog's paths, as data).
 *
 * A customer's path is built from their events in log order (time; ties by sequence, then name and content), in
 * this order:
 * 1. events matching any `ignore` step are removed;
 * 2. the path starts at the first remaining event that matches `startAt` (without `startAt`, at
 *    the first remaining event); a customer with no such event has no path and is counted in
 *    `customersWithoutPath`;
 * 3. it ends at the first event *after* the start that matches `endAt` (that event included), or
 *    at the customer's last event; so `startAt` and `endAt` may be the same step ("from one
 *    purchase to the next");
 * 4. with `collapseRepeats`, each run of consecutive events with the same name becomes one step;
 * 5. the first `maxSteps` steps are kept; a customer with more is counted in the variant's
 *    `truncated` (and does not count as `reachedEnd`, even if the `endAt` event came later).
 *
 * A customer has one path (the first start); every customer with a path counts once.
 *
 * @param log - The events.
 * @param options - See {@link PathVariantsOptionsSchema}.
 * @returns The top variants, most customers first (ties by steps in name order), and `other`.
 * @throws {@link InvalidOptionError} when an option is invalid (e.g. `maxSteps: 0`).
 *
 * @example
 * ```ts
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 1, name: "view_item" },
 *   { customerId: "ann", timestamp: 2, name: "view_item" },
 *   { customerId: "ann", timestamp: 3, name: "purchase" },
 *   { customerId: "bob", timestamp: 1, name: "view_item" },
 *   { customerId: "bob", timestamp: 2, name: "purchase" },
 *   { customerId: "cem", timestamp: 1, name: "search" },
 * ]);
 * pathVariants(log, { startAt: "view_item", collapseRepeats: true });
 * // {
 * //   customers: 2,
 * //   customersWithoutPath: 1,
 * //   variants: [{ steps: ["view_item", "purchase"], customers: 2, share: 1, truncated: 0 }],
 * //   other: { variants: 0, customers: 0, share: 0 },
 * // }
 * ```
 */
export function pathVariants(log: EventLog, options?: PathVariantsOptions): PathVariantsResult {
  const { startAt, endAt, maxSteps, top, collapseRepeats, ignore } = parseOptions(
    PathVariantsOptionsSchema,
    options,
  );
  const isIgnored = anyStep(log, ignore);
  const isStart = startAt === undefined ? () => true : compileEventMatcher(log, startAt);
  const isEnd = endAt === undefined ? () => false : compileEventMatcher(log, endAt);
  const { name: nameOf, names, customerStart } = log.columns;
  const variants = new Map<string, VariantCount>();
  const path: number[] = [];
  let customers = 0;
  let customersWithoutPath = 0;
  let reachedEnd = 0;

  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const first = customerStart[customer] as number;
    const last = customerStart[customer + 1] as number;
    if (first === last) continue;
    let started = false;
    let ended = false;
    let truncated = false;
    path.length = 0;
    for (let i = first; i < last && !ended; i += 1) {
      if (isIgnored(i)) continue;
      if (!started) {
        if (!isStart(i)) continue;
        started = true;
      } else if (isEnd(i)) {
        ended = true;
      }
      const name = nameOf[i] as number;
      if (collapseRepeats && path[path.length - 1] === name) continue;
      if (path.length === maxSteps) {
        truncated = true;
        break;
      }
      path.push(name);
    }
    if (!started) {
      customersWithoutPath += 1;
      continue;
    }
    customers += 1;
    if (ended && !truncated) reachedEnd += 1;
    const key = path.join(",");
    let variant = variants.get(key);
    if (variant === undefined) {
      variant = { steps: path.map((name) => names[name] as string), customers: 0, truncated: 0 };
      variants.set(key, variant);
    }
    variant.customers += 1;
    if (truncated) variant.truncated += 1;
  }

  const share = (count: number) => (customers === 0 ? 0 : count / customers);
  const ranked = [...variants.values()].sort(
    (a, b) => b.customers - a.customers || compareNameLists(a.steps, b.steps),
  );
  const shown = ranked.slice(0, top);
  const otherCustomers = ranked.slice(top).reduce((sum, variant) => sum + variant.customers, 0);
  return {
    customers,
    customersWithoutPath,
    variants: shown.map(({ steps, customers: count, truncated }) => ({
      steps,
      customers: count,
      share: share(count),
      truncated,
    })),
    other: {
      variants: ranked.length - shown.length,
      customers: otherCustomers,
      share: share(otherCustomers),
    },
    ...(endAt === undefined ? {} : { reachedEnd }),
  };
}
