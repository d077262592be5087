import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConformingJourney,
  conformingJourneyArbitrary,
} from "../../test/arbitraries/conforming-journey";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { logOfPaths } from "../../test/log-of-paths";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { JourneyValidationError } from "../errors/journey-validation-error";
import { EventLog } from "../event-log/event-log";
import { defineJourney } from "../model/define-journey";
import type { Journey, JourneyInput } from "../model/journey";
import type { JourneyEvent } from "../model/journey-event";
import { conformance } from "./conformance";

type TouchpointInput = NonNullable<JourneyInput["touchpoints"]>[number];

/** A journey of stages a, b, c, d (in that order) recognised by events a1, b1, c1, d1. */
function linearJourney(extra: Partial<Record<"ambiguous" | "silentB" | "physical", boolean>> = {}): Journey {
  const ids = ["a", "b", "c", "d"];
  const touchpoints: TouchpointInput[] = ids.map((id) => ({
    id: `tp-${id}`,
    name: id,
    channel: "web" as const,
    kind: "digital" as const,
    stages: [id],
    events: extra.silentB && id === "b" ? [] : [{ name: `${id}1` }],
  }));
  if (extra.ambiguous) {
    touchpoints.push({
      id: "tp-shared",
      name: "Shared",
      channel: "web",
      kind: "digital",
      stages: ["b", "c"],
      events: [{ name: "bc" }],
    });
  }
  if (extra.physical) {
    touchpoints.push({
      id: "tp-store",
      name: "Store",
      channel: "store",
      kind: "physical",
      stages: ["d"],
      events: [],
    });
  }
  return defineJourney({
    format: "journeykit/v1",
    id: "linear",
    name: "Linear",
    version: "1",
    touchpoints,
    stages: ids.map((id, i) => ({
      id,
      name: id.toUpperCase(),
      order: i + 1,
      touchpoints: touchpoints.filter((tp) => tp.stages?.includes(id)).map((tp) => tp.id),
    })),
  });
}

describe("conformance", () => {
  it("reports fitness, skips, backtracks, unrecognised events and variants (hand-computed)", () => {
    const log = logOfPaths({
      ann: "a1 a1 b1 c1 d1", // conforms
      bob: "a1 c1 d1", // skips b
      cem: "a1 b1 a1 b1 c1", // backtrack b -> a
      dan: "b1 c1 scroll", // enters at b: fine under entry "any"
      eve: "scroll scroll", // not observed
      fay: "a1 b1 d1 c1", // skips c? no: visits c later; backtrack d -> c
    });
    const report = conformance(linearJourney(), log);
    expect(report.customers).toBe(6);
    expect(report.observedCustomers).toBe(5);
    expect(report.conformingCustomers).toBe(2);
    expect(report.fitness).toBe(2 / 5);
    expect(report.deviations).toEqual({ skip: 1, backtrack: 2, "late-entry": 0, unrecognised: 0 });
    expect(report.stages).toEqual([
      { id: "a", order: 1, observable: true, optional: false, customers: 4, entered: 4, skipped: 0 },
      { id: "b", order: 2, observable: true, optional: false, customers: 4, entered: 1, skipped: 1 },
      { id: "c", order: 3, observable: true, optional: false, customers: 5, entered: 0, skipped: 0 },
      { id: "d", order: 4, observable: true, optional: false, customers: 3, entered: 0, skipped: 0 },
    ]);
    expect(report.backtracks).toEqual([
      { from: "b", to: "a", times: 1, customers: 1 },
      { from: "d", to: "c", times: 1, customers: 1 },
    ]);
    expect(report.events).toEqual({ total: 22, recognised: 19, unrecognised: 3, ignored: 0, ambiguous: 0 });
    expect(report.unrecognisedEvents).toEqual([{ name: "scroll", events: 3, customers: 2 }]);
    expect(report.deviatingVariants).toEqual([
      { stages: ["a", "b", "a", "b", "c"], customers: 1, share: 0.2, deviations: ["backtrack"] },
      { stages: ["a", "b", "d", "c"], customers: 1, share: 0.2, deviations: ["backtrack"] },
      { stages: ["a", "c", "d"], customers: 1, share: 0.2, deviations: ["skip"] },
    ]);
    expect(report.otherDeviating).toEqual({ variants: 0, customers: 0, share: 0 });
  });

  it("lets customers enter late under entry 'any', and counts it as late entry under 'first'", () => {
    const log = logOfPaths({ ann: "c1 d1", bob: "a1 b1" });
    expect(conformance(linearJourney(), log).fitness).toBe(1);
    const strict = conformance(linearJourney(), log, { entry: "first" });
    expect(strict.fitness).toBe(0.5);
    expect(strict.deviations["late-entry"]).toBe(1);
    expect(strict.stages.map((stage) => stage.skipped)).toEqual([1, 1, 0, 0]);
    expect(strict.deviatingVariants).toEqual([
      { stages: ["c", "d"], customers: 1, share: 0.5, deviations: ["late-entry"] },
    ]);
  });

  it("never counts an unobservable stage as skipped, and allows skipping optional stages", () => {
    const log = logOfPaths({ ann: "a1 c1 d1" });
    const silent = conformance(linearJourney({ silentB: true }), log);
    expect(silent.fitness).toBe(1);
    expect(silent.stages[1]).toMatchObject({ id: "b", observable: false, skipped: 0 });
    expect(conformance(linearJourney(), log).fitness).toBe(0);
    expect(conformance(linearJourney(), log, { optional: ["b"] }).fitness).toBe(1);
    const base = linearJourney();
    const markedOptional = defineJourney({
      ...base,
      stages: base.stages.map((stage) => (stage.id === "b" ? { ...stage, optional: true } : stage)),
    } as JourneyInput);
    const report = conformance(markedOptional, log);
    expect(report.fitness).toBe(1);
    expect(report.stages[1]).toMatchObject({ id: "b", optional: true, skipped: 0 });
  });

  it("gives events of touchpoints in two stages the nearest stage by default, or the earliest/latest", () => {
    const journey = linearJourney({ ambiguous: true });
    // bc after a1: candidates b and c, the next after a is b; bc after c1: stays in c.
    const log = logOfPaths({ ann: "a1 bc c1 bc d1", bob: "a1 b1 c1 d1 bc" });
    const nearest = conformance(journey, log);
    expect(nearest.events.ambiguous).toBe(3);
    expect(nearest.fitness).toBe(0.5);
    expect(nearest.deviatingVariants[0]?.stages).toEqual(["a", "b", "c", "d", "c"]);
    const earliest = conformance(journey, log, { ambiguousStage: "earliest" });
    expect(earliest.deviatingVariants.map((variant) => variant.stages)).toEqual([
      ["a", "b", "c", "b", "d"],
      ["a", "b", "c", "d", "b"],
    ]);
    const latest = conformance(journey, log, { ambiguousStage: "latest" });
    expect(latest.deviatingVariants.map((variant) => variant.stages)).toEqual([
      ["a", "b", "c", "d", "c"],
      ["a", "c", "d"],
    ]);
  });

  it("lists touchpoints never seen and those that cannot be seen; ignores what it is told to", () => {
    const log = logOfPaths({ ann: "a1 user_engagement b1 scroll" });
    const report = conformance(linearJourney({ physical: true }), log, { ignore: ["user_engagement"] });
    expect(report.unseenTouchpoints).toEqual(["tp-c", "tp-d"]);
    expect(report.unobservableTouchpoints).toEqual(["tp-store"]);
    expect(report.touchpoints).toEqual([
      { id: "tp-a", events: 1, customers: 1 },
      { id: "tp-b", events: 1, customers: 1 },
      { id: "tp-c", events: 0, customers: 0 },
      { id: "tp-d", events: 0, customers: 0 },
    ]);
    expect(report.events).toEqual({ total: 4, recognised: 2, unrecognised: 1, ignored: 1, ambiguous: 0 });
    expect(report.fitness).toBe(1);
    expect(conformance(linearJourney(), log, { unrecognised: "deviation" }).fitness).toBe(0);
  });

  it("counts events of a touchpoint without stages as recognised, outside every stage sequence", () => {
    const base = linearJourney();
    const journey = defineJourney({
      ...base,
      touchpoints: [
        ...base.touchpoints,
        {
          id: "help",
          name: "Help centre",
          channel: "web",
          kind: "digital",
          stages: [],
          events: [{ name: "faq" }],
        },
      ],
    } as JourneyInput);
    const report = conformance(journey, logOfPaths({ ann: "a1 faq b1" }));
    expect(report.fitness).toBe(1);
    expect(report.events).toEqual({ total: 3, recognised: 3, unrecognised: 0, ignored: 0, ambiguous: 0 });
    expect(report.touchpoints.find((usage) => usage.id === "help")).toEqual({
      id: "help",
      events: 1,
      customers: 1,
    });
  });

  it("rejects an invalid journey with JourneyValidationError and bad options with InvalidOptionError", () => {
    const valid = linearJourney();
    const unknownStage = {
      ...valid,
      touchpoints: valid.touchpoints.map((tp, i) => (i === 0 ? { ...tp, stages: ["a", "checkout"] } : tp)),
    } as Journey;
    const log = logOfPaths({ ann: "a1" });
    expect(() => conformance(unknownStage, log)).toThrow(JourneyValidationError);
    try {
      conformance(unknownStage, log);
    } catch (error) {
      expect((error as JourneyValidationError).issues[0]).toMatchObject({
        code: "unknown_stage",
        path: ["touchpoints", 0, "stages", 1],
      });
    }
    expect(() => conformance(valid, log, { optional: ["a", "checkout"] })).toThrow(/optional\[1\]/);
    expect(() => conformance(valid, log, { entry: "middle" as never })).toThrow(InvalidOptionError);
    expect(() => conformance(valid, log, { top: 0 })).toThrow(/"top"/);
  });
});

/** A customer (chosen by `pick`) whose plan visits at least `stages` stages; skips the run if none. */
function customerVisiting(data: ConformingJourney, stages: number, pick: number) {
  const candidates = data.plans.flatMap((plan, customer) => (plan.length >= stages ? [customer] : []));
  fc.pre(candidates.length > 0);
  const customer = candidates[pick % candidates.length] as number;
  return { customer, plan: data.plans[customer] as readonly number[] };
}

describe("conformance on data generated from the map", () => {
  const reportOf = (data: ConformingJourney, events: readonly JourneyEvent[], options = {}) =>
    conformance(defineJourney(data.journey), EventLog.from(events), options);

  it("has fitness 1 and no deviation when customers follow the map", () => {
    fc.assert(
      fc.property(conformingJourneyArbitrary(), (data) => {
        const report = reportOf(data, data.events, { entry: "any", unrecognised: "deviation" });
        expect(report.fitness).toBe(1);
        expect(report.observedCustomers).toBe(data.plans.length);
        expect(report.deviatingVariants).toEqual([]);
        expect(report.unrecognisedEvents).toEqual([]);
        const used = new Set(data.events.map((event) => event.name));
        const unseen = (data.journey.touchpoints ?? [])
          .filter((tp) => (tp.events ?? []).length > 0 && !(tp.events ?? []).some((m) => used.has(m.name)))
          .map((tp) => tp.id)
          .sort();
        expect(report.unseenTouchpoints).toEqual(unseen);
      }),
      { numRuns: 150 },
    );
  });

  it("falls below 1 when a customer skips a stage", () => {
    fc.assert(
      fc.property(conformingJourneyArbitrary(), fc.nat(), (data, pick) => {
        const { customer, plan } = customerVisiting(data, 3, pick);
        const skippedRank = plan[1 + (pick % (plan.length - 2))] as number;
        const dropped = new Set(data.stageEvents[skippedRank]);
        const events = data.events.filter((e) => e.customerId !== `c${customer}` || !dropped.has(e.name));
        const report = reportOf(data, events);
        expect(report.fitness).toBeLessThan(1);
        expect(report.deviations.skip).toBe(1);
        expect(report.stages[skippedRank]?.skipped).toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it("falls below 1 when a customer goes back to an earlier stage", () => {
    fc.assert(
      fc.property(conformingJourneyArbitrary(), fc.nat(), (data, pick) => {
        const { customer, plan } = customerVisiting(data, 2, pick);
        const earlier = plan[pick % (plan.length - 1)] as number;
        const back = {
          customerId: `c${customer}`,
          timestamp: 1e9,
          name: data.stageEvents[earlier]?.[0] as string,
        };
        const report = reportOf(data, [...data.events, back]);
        expect(report.fitness).toBeLessThan(1);
        expect(report.backtracks).toEqual([
          { from: `stage-${plan[plan.length - 1]}`, to: `stage-${earlier}`, times: 1, customers: 1 },
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it("reports events the map does not know, and counts them against fitness when asked", () => {
    fc.assert(
      fc.property(conformingJourneyArbitrary(), fc.nat(), (data, pick) => {
        const customer = pick % data.plans.length;
        const unknown = { customerId: `c${customer}`, timestamp: 500, name: "undocumented_click" };
        const events = [...data.events, unknown];
        expect(reportOf(data, events).unrecognisedEvents).toEqual([
          { name: "undocumented_click", events: 1, customers: 1 },
        ]);
        const strict = reportOf(data, events, { unrecognised: "deviation" });
        expect(strict.fitness).toBeLessThan(1);
        expect(strict.deviations.unrecognised).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on input order beyond the order of tied events", () => {
    fc.assert(
      fc.property(
        conformingJourneyArbitrary().chain((data) => {
          // Make some customers deviate, so that every part of the report has content.
          const reversed = data.events.map((event, i) => ({
            ...event,
            timestamp: i % 3 === 0 ? -event.timestamp : event.timestamp,
          }));
          return fc.tuple(fc.constant(data), fc.constant(reversed), tiePreservingShuffle(reversed));
        }),
        ([data, events, shuffled]) => {
          expect(reportOf(data, shuffled, { top: 3 })).toEqual(reportOf(data, events, { top: 3 }));
        },
      ),
      { numRuns: 100 },
    );
  });
});
