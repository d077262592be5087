import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { logOfPaths } from "../../test/log-of-paths";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import type { JourneyEvent } from "../model/journey-event";
import { nextActions } from "./next-actions";
import { previousActions } from "./previous-actions";

const minute = 60_000;

const count = (n: number, customers: number, anchors: number) => ({
  count: n,
  customers,
  share: n / anchors,
});

describe("nextActions", () => {
  const log = logOfPaths({
    ann: "view_item add_to_cart begin_checkout purchase",
    bob: "view_item add_to_cart view_item add_to_cart",
    cem: "add_to_cart view_cart",
    dan: "add_to_cart",
    eve: "view_item",
  });

  it("lists what followed the first anchor, with the expected step apart (hand-computed)", () => {
    expect(nextActions(log, { after: "add_to_cart", expected: "begin_checkout" })).toEqual({
      step: "add_to_cart",
      anchors: 4,
      customers: 4,
      expected: count(1, 1, 4),
      actions: [
        { name: "view_cart", ...count(1, 1, 4) },
        { name: "view_item", ...count(1, 1, 4) },
      ],
      other: { actions: 0, ...count(0, 0, 4) },
      none: count(1, 1, 4),
    });
  });

  it("counts every occurrence or the last one when asked", () => {
    const every = nextActions(log, { after: "add_to_cart", occurrence: "every" });
    expect(every.anchors).toBe(5);
    expect(every.customers).toBe(4);
    // bob's last add_to_cart and dan's are the customers' last events.
    expect(every.none).toEqual({ count: 2, customers: 2, share: 2 / 5 });
    const last = nextActions(log, { after: "add_to_cart", occurrence: "last", top: 1 });
    expect(last.actions).toEqual([{ name: "begin_checkout", ...count(1, 1, 4) }]);
    expect(last.other).toEqual({ actions: 1, ...count(1, 1, 4) });
    expect(last.none).toEqual(count(2, 2, 4));
  });

  it("skips ignored events and sends neighbours beyond `within` to none", () => {
    const timed = EventLog.from([
      { customerId: "ann", timestamp: 0, name: "add_to_cart" },
      { customerId: "ann", timestamp: 1 * minute, name: "user_engagement" },
      { customerId: "ann", timestamp: 40 * minute, name: "purchase" },
      { customerId: "bob", timestamp: 0, name: "add_to_cart" },
      { customerId: "bob", timestamp: 30 * minute, name: "purchase" },
    ]);
    const result = nextActions(timed, { after: "add_to_cart", ignore: ["user_engagement"], within: "30m" });
    expect(result.actions).toEqual([{ name: "purchase", ...count(1, 1, 2) }]);
    expect(result.none).toEqual(count(1, 1, 2));
  });

  it("puts every anchor in exactly one of expected, actions, other and none", () => {
    fc.assert(
      fc.property(
        journeyEventsArbitrary({ customers: 8 }),
        fc.constantFrom("first", "last", "every" as const),
        fc.integer({ min: 1, max: 3 }),
        (events, occurrence, top) => {
          const result = nextActions(EventLog.from(events), { after: "a", expected: "b", occurrence, top });
          const total =
            (result.expected?.count ?? 0) +
            result.actions.reduce((sum, action) => sum + action.count, 0) +
            result.other.count +
            result.none.count;
          expect(total).toBe(result.anchors);
          if (occurrence !== "every") expect(result.anchors).toBe(result.customers);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("agrees with a naive reading of the definition", () => {
    fc.assert(
      fc.property(journeyEventsArbitrary({ customers: 6 }), (events) => {
        const log = EventLog.from(events);
        const expected = new Map<string, number>();
        let none = 0;
        for (const customerId of log.columns.customerIds) {
          const own: JourneyEvent[] = [...log].filter((event) => event.customerId === customerId);
          own.forEach((event, i) => {
            if (event.name !== "a") return;
            const next = own.slice(i + 1).find((candidate) => candidate.name !== "d");
            if (next === undefined) none += 1;
            else expected.set(next.name, (expected.get(next.name) ?? 0) + 1);
          });
        }
        const result = nextActions(log, { after: "a", occurrence: "every", ignore: ["d"] });
        expect(new Map(result.actions.map((action) => [action.name, action.count]))).toEqual(expected);
        expect(result.none.count).toBe(none);
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on input order beyond the order of tied events", () => {
    fc.assert(
      fc.property(
        journeyEventsArbitrary().chain((events) =>
          fc.tuple(fc.constant(events), tiePreservingShuffle(events)),
        ),
        ([events, shuffled]) => {
          const options = { after: "a", expected: "b", occurrence: "every" as const };
          expect(nextActions(EventLog.from(shuffled), options)).toEqual(
            nextActions(EventLog.from(events), options),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("rejects a missing anchor or a bad window with InvalidOptionError naming it", () => {
    const empty = EventLog.from([]);
    expect(() => nextActions(empty, {} as never)).toThrow(InvalidOptionError);
    expect(() => nextActions(empty, {} as never)).toThrow(/"after"/);
    expect(() => nextActions(empty, { after: "a", within: 0 })).toThrow(/"within"/);
    expect(() => nextActions(empty, { after: "a", within: "soon" as never })).toThrow(InvalidOptionError);
    expect(() => nextActions(empty, { after: "a", occurrence: "all" as never })).toThrow(/"occurrence"/);
  });
});

describe("previousActions", () => {
  it("lists what came right before the anchor, and none for customers who started there", () => {
    const log = logOfPaths({
      ann: "home view_item purchase",
      bob: "search view_item home view_item",
      cem: "view_item",
    });
    expect(previousActions(log, { before: "view_item" })).toEqual({
      step: "view_item",
      anchors: 3,
      customers: 3,
      actions: [
        { name: "home", ...count(1, 1, 3) },
        { name: "search", ...count(1, 1, 3) },
      ],
      other: { actions: 0, ...count(0, 0, 3) },
      none: count(1, 1, 3),
    });
    const last = previousActions(log, { before: "view_item", occurrence: "last", expected: "home" });
    expect(last.expected).toEqual(count(2, 2, 3));
  });
});
