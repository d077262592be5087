import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { SegmentDefinitionError } from "../errors/segment-definition-error";
import { EventLog } from "../event-log/event-log";
import type { PropertyValue } from "../model/event-matcher";
import type { JourneyEvent } from "../model/journey-event";
import type { CustomerRecords } from "./customer-universe";
import type { SegmentDefinitionInput } from "./define-segment";
import type { SegmentCondition } from "./segment-condition";
import { segmentCustomers } from "./segment-customers";

const minute = 60_000;

/** The reference: each condition run plainly, customer by customer, over event objects. */
function naiveMembers(
  events: readonly JourneyEvent[],
  customers: CustomerRecords,
  segments: readonly SegmentDefinitionInput[],
  asOf: number,
): Record<string, string[]> {
  const ids = [...new Set([...Object.keys(customers), ...events.map((event) => event.customerId)])].sort();
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const holds = (id: string, condition: SegmentCondition): boolean => {
    if ("and" in condition) return condition.and.every((part) => holds(id, part));
    if ("or" in condition) return condition.or.some((part) => holds(id, part));
    if ("not" in condition) return !holds(id, condition.not);
    if ("inSegment" in condition)
      return holds(id, byId.get(condition.inSegment)?.where ?? { or: [] as never });
    if ("did" in condition) {
      const name = condition.did as string;
      const within = condition.within;
      const inPeriod = (time: number) =>
        within === undefined ||
        (typeof within === "string"
          ? time >= asOf - Number.parseInt(within, 10) * minute && time <= asOf
          : typeof within === "object" &&
            time >= Number(within.from ?? -Infinity) &&
            time < Number(within.to ?? Infinity));
      const count = events.filter(
        (e) => e.customerId === id && e.name === name && inPeriod(e.timestamp),
      ).length;
      return count >= (condition.atLeast ?? 1);
    }
    const attributes = customers[id];
    if (attributes === undefined || !(condition.property in attributes)) return false;
    const value = attributes[condition.property];
    if ("equals" in condition) return value === condition.equals;
    if ("in" in condition) return condition.in.includes(value as PropertyValue);
    const { min = -Infinity, max = Infinity } = condition.range;
    return typeof value === "number" && value >= min && value <= max;
  };
  return Object.fromEntries(segments.map((s) => [s.id, ids.filter((id) => holds(id, s.where))]));
}

const bound = fc.constantFrom(0, 18, 30, 45, 70);
const leaf: fc.Arbitrary<SegmentCondition> = fc.oneof(
  fc.record({ property: fc.constant("country"), equals: fc.constantFrom("NO", "SE", null) }),
  fc.record({ property: fc.constant("country"), in: fc.subarray(["NO", "SE", "DK"], { minLength: 1 }) }),
  fc.record({
    property: fc.constant("age"),
    // Bounds drawn from the ages customers have, so that both ends are hit often.
    range: fc.oneof(
      fc.record({ min: bound }),
      fc.record({ max: bound }),
      fc.tuple(bound, bound).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    ),
  }),
  fc.record(
    {
      did: fc.constantFrom("a", "b", "c"),
      atLeast: fc.integer({ min: 1, max: 3 }),
      within: fc.oneof(
        fc.constantFrom("3m", "6m"),
        fc.record({ from: fc.integer({ min: 0, max: 6 }).map((m) => m * minute) }, { requiredKeys: [] }),
        fc
          .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
          .map(([a, b]) => ({ from: Math.min(a, b) * minute, to: Math.max(a, b) * minute })),
      ),
    },
    { requiredKeys: ["did"] },
  ),
);
const condition: fc.Arbitrary<SegmentCondition> = fc.letrec<{ node: SegmentCondition }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({ and: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ or: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie("node") }),
  ),
})).node;

/** Segments s0..sn where each may refer to earlier ones, handed over in shuffled order. */
const segmentsArbitrary = fc
  .array(condition, { minLength: 1, maxLength: 4 })
  .chain((conditions) =>
    fc.tuple(
      ...conditions.map((where, k) =>
        k === 0
          ? fc.constant<SegmentDefinitionInput>({ id: "s0", where })
          : fc.boolean().map((refer) => ({
              id: `s${k}`,
              where: refer ? { or: [{ inSegment: `s${k - 1}` }, where] } : where,
            })),
      ),
    ),
  )
  .chain((segments) => fc.shuffledSubarray(segments, { minLength: segments.length }));

const customersArbitrary = fc.dictionary(
  fc.constantFrom("customer-0", "customer-1", "customer-2", "customer-3", "customer-9"),
  fc.record(
    {
      country: fc.constantFrom<PropertyValue>("NO", "SE", "DK", null),
      age: fc.constantFrom<PropertyValue>(18, 30, 45, 70, "40"),
    },
    { requiredKeys: [] },
  ),
);

describe("segmentCustomers", () => {
  it("agrees with the same conditions run naively, customer by customer", () => {
    fc.assert(
      fc.property(
        journeyEventsArbitrary({ names: ["a", "b", "c"], distinctTimes: 8 }),
        customersArbitrary,
        segmentsArbitrary,
        (events, customers, segments) => {
          const log = EventLog.from(events);
          const result = segmentCustomers(log, customers, segments);
          const expected = naiveMembers(events, customers, segments, result.asOf);
          for (const segment of result.segments) expect(segment.customerIds).toEqual(expected[segment.id]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of events or customers", () => {
    fc.assert(
      fc.property(
        journeyEventsArbitrary({ names: ["a", "b", "c"] }).chain((events) =>
          fc.tuple(fc.constant(events), tiePreservingShuffle(events)),
        ),
        customersArbitrary,
        segmentsArbitrary,
        ([events, shuffled], customers, segments) => {
          const reversed = Object.fromEntries(Object.entries(customers).reverse());
          expect(segmentCustomers(EventLog.from(shuffled), reversed, segments)).toEqual(
            segmentCustomers(EventLog.from(events), customers, segments),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("counts behaviour within a period ending at asOf, both ends included", () => {
    const day = 86_400_000;
    const log = EventLog.from([
      { customerId: "ann", timestamp: 0, name: "purchase" },
      { customerId: "ann", timestamp: 10 * day, name: "purchase" },
      { customerId: "bob", timestamp: 9 * day, name: "purchase" },
    ]);
    const recent = [{ id: "recent", where: { did: "purchase", within: "1d" } }] as const;
    expect(segmentCustomers(log, {}, recent).segments[0]?.customerIds).toEqual(["ann", "bob"]);
    expect(segmentCustomers(log, {}, recent, { asOf: 11 * day }).segments[0]?.customerIds).toEqual(["ann"]);
    const january = [{ id: "early", where: { did: "purchase", within: { to: "1970-01-10" } } }] as const;
    expect(segmentCustomers(log, {}, january).segments[0]?.customerIds).toEqual(["ann"]);
    expect(segmentCustomers(log, {}, recent, { asOf: new Date(11 * day) }).segments[0]?.customerIds).toEqual([
      "ann",
    ]);
  });

  it("lets a missing attribute fail every property condition", () => {
    const result = segmentCustomers(EventLog.from([]), { a: {}, b: { plan: null }, c: { plan: "pro" } }, [
      { id: "null-plan", where: { property: "plan", equals: null } },
      { id: "not-pro", where: { not: { property: "plan", equals: "pro" } } },
    ]);
    expect(result.segments.map((s) => s.customerIds)).toEqual([["b"], ["a", "b"]]);
    expect(result.unmatched).toEqual({ count: 1, share: 1 / 3, customerIds: ["c"] });
  });
});

describe("segmentCustomers: bad segments", () => {
  const log = EventLog.from([{ customerId: "a", timestamp: 0, name: "purchase" }]);
  const issuesOf = (segments: readonly unknown[]) => {
    try {
      segmentCustomers(log, {}, segments as SegmentDefinitionInput[]);
    } catch (error) {
      if (SegmentDefinitionError.isInstance(error))
        return error.issues.map(({ code, path }) => ({ code, path }));
      throw error;
    }
    throw new Error("expected a SegmentDefinitionError");
  };

  it("names an unknown segment reference and where it is", () => {
    const segments = [
      { id: "buyers", where: { did: "purchase" } },
      { id: "loyal", where: { and: [{ inSegment: "buyers" }, { inSegment: "vip" }] } },
    ];
    expect(issuesOf(segments)).toEqual([
      { code: "unknown_segment", path: ["segments", 1, "where", "and", 1, "inSegment"] },
    ]);
    expect(() => segmentCustomers(log, {}, segments)).toThrowError(
      /refers to segment "vip", which is not among/,
    );
  });

  it("names a cycle of references", () => {
    const segments = [
      { id: "a", where: { inSegment: "b" } },
      { id: "b", where: { or: [{ did: "x" }, { inSegment: "a" }] } },
    ];
    expect(issuesOf(segments)).toEqual([
      { code: "segment_cycle", path: ["segments", 1, "where", "or", 1, "inSegment"] },
    ]);
    expect(() => segmentCustomers(log, {}, segments)).toThrowError(/"a" -> "b" -> "a"/);
  });

  it("rejects duplicate ids and shapes outside the language, with paths", () => {
    expect(
      issuesOf([
        { id: "a", where: { did: "x" } },
        { id: "a", where: { did: "y" } },
      ]),
    ).toEqual([{ code: "duplicate_segment", path: ["segments", 1, "id"] }]);
    expect(issuesOf([{ id: "a", where: { did: "x", atLeast: 0 } }])).toEqual([
      { code: "too_small", path: ["segments", 0, "where", "atLeast"] },
    ]);
    expect(issuesOf([{ id: "a", where: { property: "age", range: { min: 5, max: 1 } } }])[0]?.path).toEqual([
      "segments",
      0,
      "where",
      "range",
    ]);
    expect(issuesOf([{ id: "a", where: { did: "x", within: "7 days" } }])[0]?.path).toEqual([
      "segments",
      0,
      "where",
      "within",
    ]);
  });

  it("rejects customers that are not attribute records, naming the customer", () => {
    expect(() => segmentCustomers(log, { a: [1] } as never, [])).toThrowError(InvalidOptionError);
    expect(() => segmentCustomers(log, { a: null } as never, [])).toThrowError(/customers\["a"\]/);
  });
});
