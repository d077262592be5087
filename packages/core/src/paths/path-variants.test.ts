import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { logOfPaths } from "../../test/log-of-paths";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import type { JourneyEvent } from "../model/journey-event";
import { pathVariants } from "./path-variants";

interface ReferenceOptions {
  readonly startAt?: string | undefined;
  readonly endAt?: string | undefined;
  readonly maxSteps: number;
  readonly collapseRepeats: boolean;
  readonly ignore: readonly string[];
}

/** The documented definition, step by step, over plain objects: the reference for the fast loop. */
function referencePaths(events: readonly JourneyEvent[], options: ReferenceOptions) {
  const byCustomer = new Map<string, { name: string; timestamp: number; position: number }[]>();
  events.forEach((event, position) => {
    byCustomer.set(event.customerId, [
      ...(byCustomer.get(event.customerId) ?? []),
      { name: event.name, timestamp: event.timestamp, position },
    ]);
  });
  const paths: { steps: string[]; truncated: boolean; reachedEnd: boolean }[] = [];
  let withoutPath = 0;
  for (const list of byCustomer.values()) {
    const names = list
      // Log order for these events (customer, time, name): ties by name, then input position.
      .sort(
        (a, b) =>
          a.timestamp - b.timestamp ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
          a.position - b.position,
      )
      .map((event) => event.name)
      .filter((name) => !options.ignore.includes(name));
    const start =
      options.startAt === undefined ? (names.length > 0 ? 0 : -1) : names.indexOf(options.startAt);
    if (start < 0) {
      withoutPath += 1;
      continue;
    }
    let end = options.endAt === undefined ? -1 : names.indexOf(options.endAt, start + 1);
    const reachedEnd = end >= 0;
    if (end < 0) end = names.length - 1;
    let steps = names.slice(start, end + 1);
    if (options.collapseRepeats) steps = steps.filter((name, i) => i === 0 || steps[i - 1] !== name);
    const truncated = steps.length > options.maxSteps;
    paths.push({ steps: steps.slice(0, options.maxSteps), truncated, reachedEnd: reachedEnd && !truncated });
  }
  return { paths, withoutPath };
}

describe("pathVariants", () => {
  it("counts customers per path, with shares, top N and the rest as other (hand-computed)", () => {
    const log = logOfPaths({
      ann: "home view_item purchase",
      bob: "home view_item purchase",
      cem: "home search",
      dan: "home view_item purchase",
      eve: "home search",
      fay: "view_item",
    });
    expect(pathVariants(log, { top: 2 })).toEqual({
      customers: 6,
      customersWithoutPath: 0,
      variants: [
        { steps: ["home", "view_item", "purchase"], customers: 3, share: 0.5, truncated: 0 },
        { steps: ["home", "search"], customers: 2, share: 2 / 6, truncated: 0 },
      ],
      other: { variants: 1, customers: 1, share: 1 / 6 },
    });
  });

  it("starts at the first startAt match, ends at the first endAt match after it, then cuts at maxSteps", () => {
    const log = logOfPaths({
      ann: "home cart view_item cart cart purchase view_item",
      bob: "home view_item search view_item cart home purchase",
      cem: "home search",
      dan: "purchase view_item purchase",
    });
    const result = pathVariants(log, {
      startAt: "view_item",
      endAt: "purchase",
      maxSteps: 4,
      collapseRepeats: true,
    });
    expect(result).toEqual({
      customers: 3,
      customersWithoutPath: 1,
      variants: [
        { steps: ["view_item", "cart", "purchase"], customers: 1, share: 1 / 3, truncated: 0 },
        // dan's path starts at view_item and ends at the purchase after it.
        { steps: ["view_item", "purchase"], customers: 1, share: 1 / 3, truncated: 0 },
        { steps: ["view_item", "search", "view_item", "cart"], customers: 1, share: 1 / 3, truncated: 1 },
      ],
      other: { variants: 0, customers: 0, share: 0 },
      reachedEnd: 2,
    });
  });

  it("keeps repeats as steps unless collapseRepeats, and drops ignored events first", () => {
    const log = logOfPaths({ ann: "a a noise a b b" });
    expect(pathVariants(log).variants[0]?.steps).toEqual(["a", "a", "noise", "a", "b"]);
    expect(pathVariants(log, { ignore: ["noise"], collapseRepeats: true }).variants[0]?.steps).toEqual([
      "a",
      "b",
    ]);
  });

  it("matches startAt with conditions, not only names", () => {
    const log = EventLog.from([
      { customerId: "ann", timestamp: 1, name: "page_view", properties: { page: "/home" } },
      { customerId: "ann", timestamp: 2, name: "page_view", properties: { page: "/cart" } },
      { customerId: "ann", timestamp: 3, name: "purchase" },
    ]);
    const result = pathVariants(log, {
      startAt: { name: "page_view", where: { page: { equals: "/cart" } } },
    });
    expect(result.variants).toEqual([
      { steps: ["page_view", "purchase"], customers: 1, share: 1, truncated: 0 },
    ]);
  });

  it("agrees with the documented definition computed naively", () => {
    const names = ["a", "b", "c", "d"];
    const optionsArbitrary = fc.record({
      startAt: fc.option(fc.constantFrom(...names), { nil: undefined }),
      endAt: fc.option(fc.constantFrom(...names), { nil: undefined }),
      maxSteps: fc.integer({ min: 1, max: 6 }),
      collapseRepeats: fc.boolean(),
      ignore: fc.subarray(names, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(journeyEventsArbitrary({ names }), optionsArbitrary, (events, options) => {
        const { paths, withoutPath } = referencePaths(events, options);
        const { startAt, endAt, ...rest } = options;
        const result = pathVariants(EventLog.from(events), {
          ...rest,
          ...(startAt === undefined ? {} : { startAt }),
          ...(endAt === undefined ? {} : { endAt }),
          top: 1000,
        });
        expect(result.customers).toBe(paths.length);
        expect(result.customersWithoutPath).toBe(withoutPath);
        const expected = new Map<string, { customers: number; truncated: number }>();
        for (const path of paths) {
          const key = path.steps.join(" ");
          const entry = expected.get(key) ?? { customers: 0, truncated: 0 };
          expected.set(key, {
            customers: entry.customers + 1,
            truncated: entry.truncated + (path.truncated ? 1 : 0),
          });
        }
        expect(
          new Map(
            result.variants.map((v) => [
              v.steps.join(" "),
              { customers: v.customers, truncated: v.truncated },
            ]),
          ),
        ).toEqual(expected);
        if (endAt !== undefined)
          expect(result.reachedEnd).toBe(paths.filter((path) => path.reachedEnd).length);
      }),
      { numRuns: 200 },
    );
  });

  it("sorts by customers, then steps; shares of variants and other add up to 1", () => {
    fc.assert(
      fc.property(
        journeyEventsArbitrary({ customers: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (events, top) => {
          const result = pathVariants(EventLog.from(events), { maxSteps: 2, top });
          const total = result.variants.reduce((sum, variant) => sum + variant.share, result.other.share);
          if (result.customers > 0) expect(total).toBeCloseTo(1, 10);
          result.variants.forEach((variant, i) => {
            const previous = result.variants[i - 1];
            if (previous !== undefined) expect(previous.customers).toBeGreaterThanOrEqual(variant.customers);
          });
          expect(result.variants.length).toBeLessThanOrEqual(top);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("does not depend on input order beyond the order of tied events", () => {
    fc.assert(
      fc.property(
        journeyEventsArbitrary({ customers: 6 }).chain((events) =>
          fc.tuple(fc.constant(events), tiePreservingShuffle(events)),
        ),
        ([events, shuffled]) => {
          const options = { maxSteps: 3, top: 3, startAt: "b", collapseRepeats: true };
          expect(pathVariants(EventLog.from(shuffled), options)).toEqual(
            pathVariants(EventLog.from(events), options),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    [{ maxSteps: 0 }, "maxSteps"],
    [{ top: 1.5 }, "top"],
    [{ startAt: "" }, "startAt"],
    [{ ignore: [{ name: "a", were: {} }] }, "ignore[0].were"],
    [{ maxStep: 3 }, "maxStep"],
  ])("rejects %j with InvalidOptionError naming %s", (options, option) => {
    const attempt = () => pathVariants(EventLog.from([]), options as never);
    expect(attempt).toThrow(InvalidOptionError);
    try {
      attempt();
    } catch (error) {
      expect((error as InvalidOptionError).option).toBe(option);
    }
  });
});
