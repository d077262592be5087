import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { InsufficientDataError } from "../errors/insufficient-data-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import { defineJourney } from "../model/define-journey";
import type { JourneyEvent } from "../model/journey-event";
import { attribution } from "./attribution";
import { ATTRIBUTION_MODELS, type AttributionModel } from "./attribution-options";

const minute = 60_000;
const channels = ["email", "search", "social", "ads"] as const;

/** Touches (session starts with a channel) and purchases with values, few customers, many ties. */
const eventsArbitrary = fc
  .array(
    fc.record({
      customer: fc.integer({ min: 0, max: 5 }),
      minute: fc.integer({ min: 0, max: 15 }),
      purchase: fc.boolean(),
      channel: fc.constantFrom(...channels),
      value: fc.integer({ min: 0, max: 500 }),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map(
      (row): JourneyEvent =>
        row.purchase
          ? {
              customerId: `c${row.customer}`,
              timestamp: row.minute * minute,
              name: "purchase",
              value: row.value / 7,
            }
          : {
              customerId: `c${row.customer}`,
              timestamp: row.minute * minute,
              name: "session_start",
              channel: row.channel,
            },
    ),
  );

const models: AttributionModel[] = [
  ...ATTRIBUTION_MODELS,
  { name: "time-decay", halfLife: "3m" },
  { name: "position-based", first: 0.3, last: 0.5 },
  { name: "markov", order: 2 },
];

function creditsOf(log: EventLog, model: AttributionModel, extra: object = {}) {
  return Object.fromEntries(
    attribution(log, { conversion: "purchase", model, ...extra }).credits.map((row) => [
      row.touchpoint,
      row.credit,
    ]),
  );
}

describe("attribution: rule-based models", () => {
  // ann: search (day 0), email (day 2), social (day 3), purchase (day 4) worth 100.
  const day = 86_400_000;
  const log = EventLog.from([
    { customerId: "ann", timestamp: 0, name: "session_start", channel: "search" },
    { customerId: "ann", timestamp: 2 * day, name: "session_start", channel: "email" },
    { customerId: "ann", timestamp: 3 * day, name: "session_start", channel: "social" },
    { customerId: "ann", timestamp: 4 * day, name: "purchase", value: 100 },
  ]);

  it("gives first-touch, last-touch and linear credit", () => {
    expect(creditsOf(log, "first-touch")).toEqual({ search: 1, email: 0, social: 0 });
    expect(creditsOf(log, "last-touch")).toEqual({ search: 0, email: 0, social: 1 });
    expect(creditsOf(log, "linear")).toEqual({ search: 1 / 3, email: 1 / 3, social: 1 / 3 });
  });

  it("halves a touch's weight per half-life before the conversion", () => {
    // Half-life 1 day: weights 2^-4, 2^-2, 2^-1 = 1/16, 4/16, 8/16 out of 13/16.
    const credits = creditsOf(log, { name: "time-decay", halfLife: "1d" });
    expect(credits.search).toBeCloseTo(1 / 13, 12);
    expect(credits.email).toBeCloseTo(4 / 13, 12);
    expect(credits.social).toBeCloseTo(8 / 13, 12);
  });

  it("gives position-based 40/20/40, everything to a single touch, and 50/50 to two", () => {
    expect(creditsOf(log, "position-based")).toEqual({
      search: 0.4,
      email: expect.closeTo(0.2, 12),
      social: 0.4,
    });
    expect(
      creditsOf(
        log.filter((i) => i >= 2),
        "position-based",
      ),
    ).toEqual({ social: 1 });
    expect(
      creditsOf(
        log.filter((i) => i >= 1),
        "position-based",
      ),
    ).toEqual({ email: 0.5, social: 0.5 });
    expect(
      creditsOf(
        log.filter((i) => i >= 1),
        { name: "position-based", first: 0.2, last: 0.6 },
      ),
    ).toEqual({
      email: 0.25,
      social: 0.75,
    });
  });

  it("shares out values instead of counts with value: 'value'", () => {
    expect(creditsOf(log, "linear", { value: "value" })).toEqual({
      search: 100 / 3,
      email: 100 / 3,
      social: 100 / 3,
    });
  });

  it("ignores touches older than the lookback window and credits conversions without touches", () => {
    expect(creditsOf(log, "linear", { lookback: "36h" })).toEqual({ social: 1 });
    const result = attribution(log, { conversion: "purchase", model: "linear", lookback: "12h" });
    expect(result.credits).toEqual([{ touchpoint: "(no touchpoint)", credit: 1, share: 1 }]);
    expect(result.paths).toEqual({ converting: 1, nonConverting: 0, withoutTouchpoint: 1 });
  });

  it("does not cut a path at an earlier conversion", () => {
    const twice = EventLog.from([
      { customerId: "bo", timestamp: 0, name: "session_start", channel: "email" },
      { customerId: "bo", timestamp: minute, name: "purchase" },
      { customerId: "bo", timestamp: 2 * minute, name: "session_start", channel: "search" },
      { customerId: "bo", timestamp: 3 * minute, name: "purchase" },
    ]);
    expect(creditsOf(twice, "first-touch")).toEqual({ email: 2, search: 0 });
    expect(creditsOf(twice, "last-touch")).toEqual({ email: 1, search: 1 });
  });

  it("collapses consecutive repeats when asked", () => {
    const repeats = EventLog.from([
      { customerId: "cy", timestamp: 0, name: "page_view", channel: "email" },
      { customerId: "cy", timestamp: 1, name: "page_view", channel: "email" },
      { customerId: "cy", timestamp: 2, name: "page_view", channel: "search" },
      { customerId: "cy", timestamp: 3, name: "purchase" },
    ]);
    expect(creditsOf(repeats, "linear")).toEqual({ email: 2 / 3, search: 1 / 3 });
    expect(creditsOf(repeats, "linear", { collapseRepeats: true })).toEqual({ email: 0.5, search: 0.5 });
  });

  it("labels touches by a journey's touchpoints, first match in journey order", () => {
    const journey = defineJourney({
      format: "journeykit/v1",
      id: "shop",
      name: "Shop",
      version: "1",
      touchpoints: [
        {
          id: "newsletter",
          name: "Newsletter",
          channel: "email",
          kind: "digital",
          stages: ["buy"],
          events: [{ name: "session_start", medium: { equals: "email" } }],
        },
        {
          id: "site",
          name: "Site",
          channel: "web",
          kind: "digital",
          stages: ["buy"],
          events: [{ name: "session_start" }],
        },
      ],
      stages: [{ id: "buy", name: "Buy", order: 1, touchpoints: ["newsletter", "site"] }],
    });
    const events = EventLog.from([
      { customerId: "d", timestamp: 0, name: "session_start", medium: "email" },
      { customerId: "d", timestamp: 1, name: "session_start", medium: "organic" },
      { customerId: "d", timestamp: 2, name: "purchase" },
    ]);
    expect(creditsOf(events, "first-touch", { touchpoint: { journey } })).toEqual({ newsletter: 1, site: 0 });
    expect(creditsOf(events, "last-touch", { touchpoint: journey })).toEqual({ newsletter: 0, site: 1 });
  });

  it("labels touches by an event property, written as { property } or as its name", () => {
    const events = EventLog.from([
      { customerId: "e", timestamp: 0, name: "visit", properties: { campaign: "spring" } },
      { customerId: "e", timestamp: 1, name: "visit", properties: { campaign: 2024 } },
      { customerId: "e", timestamp: 2, name: "visit" },
      { customerId: "e", timestamp: 3, name: "purchase" },
    ]);
    expect(creditsOf(events, "linear", { touchpoint: { property: "campaign" } })).toEqual({
      spring: 0.5,
      "2024": 0.5,
    });
    expect(creditsOf(events, "linear", { touchpoint: "campaign" })).toEqual({ spring: 0.5, "2024": 0.5 });
  });
});

describe("attribution: invariants", () => {
  it("credits add up to the number of conversions, or their value, for every model", () => {
    fc.assert(
      fc.property(
        eventsArbitrary,
        fc.constantFrom(...models),
        fc.constantFrom("count", "value"),
        (events, model, value) => {
          const log = EventLog.from(events);
          const conversions = events.filter((event) => event.name === "purchase");
          const total =
            value === "count" ? conversions.length : conversions.reduce((sum, e) => sum + (e.value ?? 0), 0);
          let result: ReturnType<typeof attribution>;
          try {
            result = attribution(log, { conversion: "purchase", model, lookback: "5m", value });
          } catch (error) {
            // Markov without a non-converting path is the one refusal allowed.
            expect(InsufficientDataError.isInstance(error)).toBe(true);
            return;
          }
          expect(result.total).toBeCloseTo(total, 9);
          const sum = result.credits.reduce((acc, row) => acc + row.credit, 0);
          expect(sum).toBeCloseTo(total, 9);
          for (const row of result.credits) expect(row.credit).toBeGreaterThanOrEqual(-1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of the input", () => {
    const shuffled = eventsArbitrary.chain((events) =>
      fc.tuple(fc.constant(events), tiePreservingShuffle(events)),
    );
    fc.assert(
      fc.property(shuffled, fc.constantFrom(...models), ([events, reordered], model) => {
        const run = (input: JourneyEvent[]) => {
          try {
            return attribution(EventLog.from(input), {
              conversion: "purchase",
              model,
              lookback: "5m",
              value: "value",
            });
          } catch (error) {
            return (error as Error).name;
          }
        };
        expect(run(reordered)).toEqual(run(events));
      }),
      { numRuns: 150 },
    );
  });

  it("agrees with absorption probabilities found by iterating the chain", () => {
    fc.assert(
      fc.property(eventsArbitrary, (events) => {
        let result: ReturnType<typeof attribution>;
        try {
          result = attribution(EventLog.from(events), {
            conversion: "purchase",
            model: "markov",
            lookback: "5m",
          });
        } catch {
          return;
        }
        const { states, probabilities } = result.markov?.transitionMatrix ?? {
          states: [],
          probabilities: [],
        };
        // x <- P x with x(conversion) = 1 converges to the absorption probabilities.
        let x: number[] = states.map((state) => (state === "(conversion)" ? 1 : 0));
        for (let round = 0; round < 5000; round += 1) {
          x = probabilities.map((row) => row.reduce((sum, p, j) => sum + p * (x[j] ?? 0), 0));
        }
        expect(result.markov?.conversionProbability).toBeCloseTo(x[0] ?? 0, 6);
      }),
      { numRuns: 60 },
    );
  });
});

describe("attribution: bad input", () => {
  const converters = EventLog.from([
    { customerId: "a", timestamp: 0, name: "session_start", channel: "email" },
    { customerId: "a", timestamp: 1, name: "purchase" },
  ]);

  it("refuses Markov without non-converting paths", () => {
    expect(() => attribution(converters, { conversion: "purchase", model: "markov" })).toThrowError(
      expect.objectContaining({
        code: "INSUFFICIENT_DATA",
        message: expect.stringContaining("0 non-converting paths among 1 converting ones"),
      }),
    );
  });

  it.each([0, -5, "0d", "soon"])("rejects the lookback %j, naming it", (lookback) => {
    let thrown: unknown;
    try {
      attribution(converters, { conversion: "purchase", model: "linear", lookback: lookback as never });
    } catch (error) {
      thrown = error;
    }
    expect(InvalidOptionError.isInstance(thrown)).toBe(true);
    expect(thrown).toMatchObject({ option: "lookback" });
    expect((thrown as Error).message).toContain(String(lookback));
  });

  it("rejects unknown models, bad weights and a half-life of 0", () => {
    const attempt = (model: unknown) => () =>
      attribution(converters, { conversion: "purchase", model: model as AttributionModel });
    expect(attempt("data-driven")).toThrowError(expect.objectContaining({ option: "model" }));
    expect(attempt({ name: "position-based", first: 0.7, last: 0.7 })).toThrowError(InvalidOptionError);
    expect(attempt({ name: "time-decay", halfLife: 0 })).toThrowError(
      expect.objectContaining({ option: "model.halfLife" }),
    );
  });

  it("rejects value mode when a conversion has no value, naming the customer", () => {
    expect(() =>
      attribution(converters, { conversion: "purchase", model: "linear", value: "value" }),
    ).toThrowError(/customer "a" at 1970-01-01T00:00:00.001Z has no value/);
  });
});
