import type { EventLog } from "../event-log/event-log";
import type { CustomerRecords } from "./customer-universe";
import type { SegmentDefinitionInput } from "./define-segment";
import { type SegmentationOptions, segmentMembership } from "./segment-customers";

/**
 * One segment as {@link bySegment} hands it to the analysis.
 *
 * @example
 * ```ts
 * const segment: SegmentMembers = { id: "nordics", customerIds: ["ann", "cai"] };
 * ```
 */
export interface SegmentMembers {
  /** The segment's id. */
  readonly id: string;
  /** Its members, sorted by id (including customers without events). */
  readonly customerIds: readonly string[];
}

/**
 * What {@link bySegment} returns: the analysis' result per segment, in the order given.
 *
 * @example
 * ```ts
 * const breakdown: SegmentBreakdown<number> = bySegment(log, customers, segments, (segmentLog) => segmentLog.size);
 * breakdown.segments[0]; // { id: "nordics", customers: 2, result: 17 }
 * ```
 */
export interface SegmentBreakdown<Result> {
  /** The moment relative periods ended at (ms since the epoch). */
  readonly asOf: number;
  /** Per segment: its id, how many customers it has, and what the analysis returned for it. */
  readonly segments: readonly {
    readonly id: string;
    readonly customers: number;
    readonly result: Result;
  }[];
}

/**
 * Runs an analysis once per segment, on the events of that segment's customers only: a funnel,
 * retention, attribution, a KPI, anything that reads an {@link EventLog}. The segment's log is
 * made with {@link EventLog.filter}, so customer indexes stay comparable with the full log. The
 * analysis also receives the members, for measures that are not events (survey scores by
 * customer, for instance).
 *
 * @param log - All events.
 * @param customers - Attribute records keyed by customer id.
 * @param segments - The segments, as for {@link segmentCustomers}.
 * @param analysis - Called with each segment's log and members; its result is kept as is, so
 * return plain data to keep the breakdown serialisable.
 * @param options - See {@link schemas!SegmentationOptionsSchema}.
 * @returns Each segment with its size and its result.
 * @throws {@link SegmentDefinitionError} as {@link segmentCustomers} does.
 *
 * @example
 * ```ts
 * import { EventLog, bySegment, conversionRate } from "@journeykit/core";
 *
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 1, name: "view_item" },
 *   { customerId: "ann", timestamp: 2, name: "purchase" },
 *   { customerId: "bob", timestamp: 1, name: "view_item" },
 *   { customerId: "cai", timestamp: 1, name: "view_item" },
 *   { customerId: "cai", timestamp: 3, name: "purchase" },
 * ]);
 * const customers = { ann: { device: "mobile" }, bob: { device: "mobile" }, cai: { device: "desktop" } };
 * const purchasers = (segmentLog: EventLog) => {
 *   const purchase = segmentLog.nameIndex("purchase");
 *   return new Set(Array.from(segmentLog.columns.customer).filter((_, i) => segmentLog.columns.name[i] === purchase)).size;
 * };
 * const result = bySegment(log, customers, [
 *   { id: "mobile", where: { property: "device", equals: "mobile" } },
 *   { id: "desktop", where: { property: "device", equals: "desktop" } },
 * ], (segmentLog, segment) => conversionRate(purchasers(segmentLog), segment.customerIds.length).value);
 * result.segments; // [{ id: "mobile", customers: 2, result: 0.5 }, { id: "desktop", customers: 1, result: 1 }]
 * ```
 */
export function bySegment<Result>(
  log: EventLog,
  customers: CustomerRecords,
  segments: readonly SegmentDefinitionInput[],
  analysis: (segmentLog: EventLog, segment: SegmentMembers) => Result,
  options: SegmentationOptions = {},
): SegmentBreakdown<Result> {
  const { asOf, segments: parsed, universe, members } = segmentMembership(log, customers, segments, options);
  return {
    asOf,
    segments: parsed.map((segment, index) => {
      const inSegment = members[index] as Uint8Array;
      const keepCustomer = new Uint8Array(log.customerCount);
      universe.logCustomer.forEach((logCustomer, customer) => {
        if (logCustomer >= 0 && inSegment[customer] === 1) keepCustomer[logCustomer] = 1;
      });
      const customerIds = universe.ids.filter((_, customer) => inSegment[customer] === 1);
      const segmentLog = log.filter((event) => keepCustomer[log.columns.customer[event] as number] === 1);
      return {
        id: segment.id,
        customers: customerIds.length,
        result: analysis(segmentLog, { id: segment.id, customerIds }),
      };
    }),
  };
}
