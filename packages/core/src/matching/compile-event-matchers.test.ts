import fc from "fast-check";
import type { ReadonlyDeep } from "type-fest";
import { describe, expect, it } from "vitest";
import { EventLog } from "../event-log/event-log";
import type { EventMatcher, PropertyValue, ValueCondition } from "../model/event-matcher";
import type { JourneyEvent } from "../model/journey-event";
import type { Step } from "../model/step";
import { compileEventMatchers } from "./compile-event-matchers";

const log = EventLog.from([
  { customerId: "c", timestamp: 1, name: "page_view", properties: { page: "/cart", n: 1 } },
  { customerId: "c", timestamp: 2, name: "page_view", properties: { page: "/home", n: null } },
  {
    customerId: "c",
    timestamp: 3,
    name: "session_start",
    source: "google",
    medium: "cpc",
    channel: "search",
  },
  { customerId: "c", timestamp: 4, name: "purchase" },
]);

describe("compileEventMatchers", () => {
  it("numbers matchers by position and reports every match of an event", () => {
    const matchers = compileEventMatchers(log, [
      "page_view",
      { name: "page_view", where: { page: { prefix: "/cart" } } },
      { anyOf: ["purchase", { name: "page_view", where: { n: { equals: null } } }] },
    ]);
    expect([0, 1, 2, 3].map((i) => matchers.mask(i))).toEqual([0b011, 0b101, 0, 0b100]);
    expect([0, 1, 2, 3].map((i) => matchers.first(i))).toEqual([0, 0, -1, 2]);
    expect(matchers.matches(1, 2)).toBe(true);
    expect(matchers.matches(1, 1)).toBe(false);
    const out = new Uint32Array(matchers.count);
    expect(Array.from(out.subarray(0, matchers.matchInto(1, out)))).toEqual([0, 2]);
  });

  it("tests channel, source and medium fields", () => {
    const matchers = compileEventMatchers(log, [
      { name: "session_start", medium: { oneOf: ["cpc", "ppc"] } },
      { name: "session_start", source: { equals: "bing" } },
      { name: "session_start", channel: { equals: "search" } },
    ]);
    expect(matchers.mask(2)).toBe(0b101);
  });

  it("treats a missing property as matching no condition, not even equals null", () => {
    const matchers = compileEventMatchers(log, [{ name: "page_view", where: { n: { equals: null } } }]);
    expect(matchers.mask(0)).toBe(0);
    expect(matchers.mask(1)).toBe(1);
    expect(compileEventMatchers(log, [{ name: "purchase", where: { n: { equals: null } } }]).mask(3)).toBe(0);
  });

  it("matches nothing for a name the log does not contain", () => {
    const matchers = compileEventMatchers(log, ["refund", { anyOf: ["refund", "chargeback"] }]);
    expect([0, 1, 2, 3].map((i) => matchers.first(i))).toEqual([-1, -1, -1, -1]);
  });

  it("prefix conditions match strings only", () => {
    const numeric = EventLog.from([{ customerId: "c", timestamp: 0, name: "a", properties: { code: 123 } }]);
    expect(compileEventMatchers(numeric, [{ name: "a", where: { code: { prefix: "12" } } }]).mask(0)).toBe(0);
  });

  it("agrees with a direct evaluation over event objects", () => {
    const value = fc.constantFrom<PropertyValue>("x", "xy", "y", 1, 0, true, null);
    const condition: fc.Arbitrary<ValueCondition> = fc.oneof(
      value.map((equals) => ({ equals })),
      fc.array(value, { minLength: 1, maxLength: 3 }).map((oneOf) => ({ oneOf })),
      fc.constantFrom("x", "y").map((prefix) => ({ prefix })),
    );
    const name = fc.constantFrom("a", "b", "c");
    const matcher: fc.Arbitrary<EventMatcher> = fc.record(
      { name, medium: condition, where: fc.dictionary(fc.constantFrom("p", "q"), condition, { maxKeys: 2 }) },
      { requiredKeys: ["name"] },
    );
    const step: fc.Arbitrary<Step> = fc.oneof(
      name,
      matcher,
      fc.array(fc.oneof(name, matcher), { minLength: 1, maxLength: 3 }).map((anyOf) => ({ anyOf })),
    );
    const event: fc.Arbitrary<JourneyEvent> = fc.record(
      {
        customerId: fc.constant("c"),
        timestamp: fc.nat(5),
        name,
        medium: fc.constantFrom("x", "xy", "y"),
        properties: fc.dictionary(fc.constantFrom("p", "q"), value, { maxKeys: 2 }),
      },
      { requiredKeys: ["customerId", "timestamp", "name"] },
    );
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 8 }),
        fc.array(step, { maxLength: 5 }),
        (events, steps) => {
          const built = EventLog.from(events);
          const matchers = compileEventMatchers(built, steps);
          for (let index = 0; index < built.size; index += 1) {
            const expected = steps.map((s) => directMatch(built.event(index), s));
            expect(steps.map((_, k) => matchers.matches(index, k))).toEqual(expected);
            expect(matchers.mask(index)).toBe(
              expected.reduce((bits, hit, k) => (hit ? bits | (1 << k) : bits), 0),
            );
            expect(matchers.first(index)).toBe(expected.indexOf(true));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** The reference: the documented rules, written plainly over one event object. */
function directMatch(event: JourneyEvent, step: Step): boolean {
  const holds = (
    condition: ReadonlyDeep<ValueCondition> | undefined,
    present: boolean,
    value: PropertyValue | undefined,
  ) => {
    if (condition === undefined) return true;
    if (!present) return false;
    if ("equals" in condition) return Object.is(value, condition.equals);
    if ("oneOf" in condition) return condition.oneOf.some((allowed) => Object.is(allowed, value));
    return typeof value === "string" && value.startsWith(condition.prefix);
  };
  const one = (matcher: string | ReadonlyDeep<EventMatcher>): boolean => {
    if (typeof matcher === "string") return event.name === matcher;
    if (event.name !== matcher.name) return false;
    if (!holds(matcher.medium, event.medium !== undefined, event.medium)) return false;
    return Object.entries(matcher.where ?? {}).every(([key, condition]) =>
      holds(condition, event.properties !== undefined && key in event.properties, event.properties?.[key]),
    );
  };
  return typeof step === "object" && "anyOf" in step ? step.anyOf.some(one) : one(step);
}
