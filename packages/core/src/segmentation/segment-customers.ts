import * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import { resolveAsOf } from "../event-log/resolve-as-of";
import { InstantSchema } from "../model/instant";
import { parseOptions } from "../options/parse-options";
import { type CustomerRecords, type CustomerUniverse, customerUniverse } from "./customer-universe";
import type { SegmentDefinitionInput } from "./define-segment";
import { evaluateSegments } from "./evaluate-segments";
import { type ParsedSegment, resolveSegments } from "./resolve-segments";

/**
 * Options of {@link segmentCustomers} and {@link index!bySegment}: `asOf`, the moment that relative
 * periods (`within: "30d"`) end at; the log's last timestamp when left out.
 *
 * @example
 * ```ts
 * SegmentationOptionsSchema.parse({ asOf: "2024-06-30T23:59:59Z" });
 * ```
 */
export const SegmentationOptionsSchema = z.strictObject({ asOf: InstantSchema.optional() });

/**
 * The options of {@link segmentCustomers}, as {@link SegmentationOptionsSchema} accepts them.
 *
 * @example
 * ```ts
 * const options: SegmentationOptions = { asOf: Date.UTC(2024, 5, 30) };
 * ```
 */
export type SegmentationOptions = z.input<typeof SegmentationOptionsSchema>;

/**
 * What {@link segmentCustomers} returns: per segment (in the order given) its members, sorted by
 * id, their count and their share of all customers.
 *
 * @example
 * ```ts
 * const result: Segmentation = segmentCustomers(log, customers, segments);
 * result.segments[0]; // { id: "buyers", count: 2, share: 0.5, customerIds: ["ann", "bob"] }
 * ```
 */
export interface Segmentation {
  /** The moment relative periods ended at (ms since the epoch). */
  readonly asOf: number;
  /** Every customer: those in the log and those with attributes. */
  readonly customers: number;
  /** Per segment, its members. */
  readonly segments: readonly {
    readonly id: string;
    readonly count: number;
    /** count / customers (0 when there are no customers). */
    readonly share: number;
    readonly customerIds: readonly string[];
  }[];
  /** Customers in none of the segments. */
  readonly unmatched: {
    readonly count: number;
    readonly share: number;
    readonly customerIds: readonly string[];
  };
}

/** Validates the arguments and finds the members of each segment, over every customer. */
export function segmentMembership(
  log: EventLog,
  customers: CustomerRecords,
  segments: readonly SegmentDefinitionInput[],
  options: SegmentationOptions,
): { asOf: number; segments: ParsedSegment[]; universe: CustomerUniverse; members: Uint8Array[] } {
  const { asOf } = parseOptions(SegmentationOptionsSchema, options);
  const resolved = resolveSegments(segments);
  const universe = customerUniverse(log, customers);
  const at = resolveAsOf(log, asOf);
  const members = evaluateSegments(resolved.segments, resolved.order, universe, log, at).segments;
  return { asOf: at, segments: resolved.segments, universe, members };
}

/**
 * Finds the members of each segment: customers whose attributes and behaviour meet its `where`
 * condition (see {@link schemas!SegmentConditionSchema}). Customers are those in the log plus those in
 * `customers`; a customer without events did nothing, one without attributes has no property.
 *
 * Segments may refer to each other (`inSegment`) in any order; the references are resolved
 * first. The result is the same whatever the order of events or customers in the input.
 *
 * @param log - The events, for `did` conditions.
 * @param customers - Attribute records keyed by customer id.
 * @param segments - The segments (from {@link defineSegment}, or plain data).
 * @param options - See {@link SegmentationOptionsSchema}.
 * @returns The members of each segment, and the customers in none.
 * @throws {@link SegmentDefinitionError} for an invalid segment, a duplicate id, a reference to
 * a segment not given (`unknown_segment`) or a cycle of references (`segment_cycle`), each with
 * its path (`["segments", 1, "where", "inSegment"]`).
 * @throws {@link InvalidOptionError} when `customers` is not a record of attribute records.
 *
 * @example
 * ```ts
 * import { EventLog, segmentCustomers } from "@journeykit/core";
 *
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: Date.UTC(2024, 5, 1), name: "purchase" },
 *   { customerId: "ann", timestamp: Date.UTC(2024, 5, 20), name: "purchase" },
 *   { customerId: "bob", timestamp: Date.UTC(2024, 0, 5), name: "purchase" },
 * ]);
 * const customers = { ann: { country: "NO" }, bob: { country: "SE" }, cai: { country: "NO" } };
 * const result = segmentCustomers(log, customers, [
 *   { id: "norway", where: { property: "country", equals: "NO" } },
 *   { id: "repeat-recent", where: { did: "purchase", atLeast: 2, within: "30d" } },
 *   { id: "norway-new", where: { and: [{ inSegment: "norway" }, { not: { did: "purchase" } }] } },
 * ]);
 * result.segments.map((s) => s.customerIds); // [["ann", "cai"], ["ann"], ["cai"]]
 * result.unmatched.customerIds; // ["bob"]
 * ```
 */
export function segmentCustomers(
  log: EventLog,
  customers: CustomerRecords,
  segments: readonly SegmentDefinitionInput[],
  options: SegmentationOptions = {},
): Segmentation {
  const { asOf, segments: parsed, universe, members } = segmentMembership(log, customers, segments, options);
  const total = universe.ids.length;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  const idsWhere = (keep: (customer: number) => boolean) =>
    universe.ids.filter((_, customer) => keep(customer));
  return {
    asOf,
    customers: total,
    segments: parsed.map((segment, index) => {
      const inSegment = members[index] as Uint8Array;
      const customerIds = idsWhere((customer) => inSegment[customer] === 1);
      return { id: segment.id, count: customerIds.length, share: share(customerIds.length), customerIds };
    }),
    unmatched: (() => {
      const customerIds = idsWhere((customer) => members.every((inSegment) => inSegment[customer] === 0));
      return { count: customerIds.length, share: share(customerIds.length), customerIds };
    })(),
  };
}
