import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { EventLog } from "../event-log/event-log";
import { funnel } from "./funnel";
import type { FunnelOptions, FunnelStep } from "./funnel-options";

const NAMES = ["a", "b", "c", "d"];
const events = journeyEventsArbitrary({ customers: 4, maxEvents: 40, distinctTimes: 10, sessions: true });
const step: fc.Arbitrary<FunnelStep> = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.subarray(NAMES, { minLength: 1, maxLength: 2 }).map((anyOf) => ({ anyOf })),
);
const window = fc.integer({ min: 1, max: 10 }).map((minutes) => minutes * 60_000);

/** Options of every kind the walkers take, optional steps and within only where allowed. */
const options: fc.Arbitrary<FunnelOptions> = fc
  .record({
    steps: fc.array(step, { minLength: 1, maxLength: 4 }),
    optional: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    within: fc.array(fc.option(window, { nil: undefined }), { minLength: 4, maxLength: 4 }),
    order: fc.constantFrom("ordered" as const, "strict" as const, "any" as const),
    entry: fc.constantFrom("any" as const, "first" as const),
    countBy: fc.constantFrom("customers" as const, "sessions" as const),
    window,
  })
  .map(({ steps, optional, within, order, ...rest }) => ({
    ...rest,
    order,
    steps: steps.map((s, k) => {
      if (k === 0 || order === "any") return s;
      const extra = {
        ...(optional[k] ? { optional: true } : {}),
        ...(within[k] ? { within: within[k] } : {}),
      };
      return typeof s === "string" ? { name: s, ...extra } : { ...s, ...extra };
    }),
  }));

const required = (result: ReturnType<typeof funnel>) =>
  result.steps.filter((s) => !s.optional).map((s) => s.count);

describe("funnel properties", () => {
  it("never counts more units at a required step than at the required step before it", () => {
    fc.assert(
      fc.property(events, options, (rows, opts) => {
        const counts = required(funnel(EventLog.from(rows), opts));
        for (let k = 1; k < counts.length; k += 1)
          expect(counts[k]).toBeLessThanOrEqual(counts[k - 1] as number);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same result whatever the input order (ties keep theirs, as the log does)", () => {
    fc.assert(
      fc.property(
        events.chain((rows) => fc.tuple(fc.constant(rows), tiePreservingShuffle(rows))),
        options,
        ([rows, shuffled], opts) => {
          const withBreakdown = { ...opts, breakdown: { segment: (id: string) => id.slice(-1) } };
          expect(funnel(EventLog.from(shuffled), withBreakdown)).toEqual(
            funnel(EventLog.from(rows), withBreakdown),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never lowers a step count when an event is added, under entry "any" (ordered and any order)', () => {
    const added = fc.record({
      customer: fc.nat(3),
      time: fc.nat(9),
      name: fc.constantFrom(...NAMES),
      position: fc.nat(),
    });
    fc.assert(
      fc.property(events, options, added, (rows, opts, extra) => {
        fc.pre(opts.order !== "strict" && opts.entry !== "first");
        const event = {
          customerId: `customer-${extra.customer}`,
          timestamp: extra.time * 60_000,
          name: extra.name,
          sessionId: "s0",
        };
        const more = [...rows];
        more.splice(extra.position % (rows.length + 1), 0, event);
        const before = funnel(EventLog.from(rows), opts).steps.map((s) => s.count);
        const after = funnel(EventLog.from(more), opts).steps.map((s) => s.count);
        after.forEach((count, k) => {
          expect(count).toBeGreaterThanOrEqual(before[k] as number);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('counts no more with entry "first" than with entry "any"', () => {
    fc.assert(
      fc.property(events, options, (rows, opts) => {
        const log = EventLog.from(rows);
        const first = funnel(log, { ...opts, entry: "first" }).steps.map((s) => s.count);
        const any = funnel(log, { ...opts, entry: "any" }).steps.map((s) => s.count);
        first.forEach((count, k) => {
          expect(count).toBeLessThanOrEqual(any[k] as number);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("counts within the units there are: customers <= count <= units when counting sessions", () => {
    fc.assert(
      fc.property(events, options, (rows, opts) => {
        const log = EventLog.from(rows);
        const result = funnel(log, { ...opts, countBy: "sessions" });
        const sessions = new Set(
          rows.filter((r) => r.sessionId).map((r) => `${r.customerId}/${r.sessionId}`),
        );
        expect(result.units).toBe(sessions.size);
        for (const s of result.steps) {
          expect(s.count).toBeLessThanOrEqual(result.units);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("reaches the required steps as if the optional steps were left out (strict: never fewer; no within)", () => {
    fc.assert(
      fc.property(events, options, (rows, opts) => {
        const plain = opts.steps.map((s) => (typeof s === "string" ? s : { ...s, within: undefined }));
        const withoutOptional = plain.filter((s) => typeof s === "string" || s.optional !== true);
        const log = EventLog.from(rows);
        const withOptional = required(funnel(log, { ...opts, steps: plain }));
        const withoutCounts = funnel(log, { ...opts, steps: withoutOptional }).steps.map((s) => s.count);
        if (opts.order !== "strict") expect(withOptional).toEqual(withoutCounts);
        // Strict: an optional step may also stand between two required ones (b, a, d reaches d
        // through an optional a; without that step, a breaks the chain), and skipping it leaves
        // no gap, so its presence never loses a unit.
        else
          for (const [k, count] of withOptional.entries())
            expect(count).toBeGreaterThanOrEqual(withoutCounts[k] ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps every breakdown group's counts summing to the total", () => {
    fc.assert(
      fc.property(events, options, fc.integer({ min: 1, max: 3 }), (rows, opts, top) => {
        const result = funnel(EventLog.from(rows), { ...opts, breakdown: { segment: (id) => id, top } });
        result.steps.forEach((s, k) => {
          const sum = (result.breakdown ?? []).reduce(
            (total, group) => total + (group.steps[k]?.count ?? 0),
            0,
          );
          expect(sum).toBe(s.count);
        });
        expect((result.breakdown ?? []).length).toBeLessThanOrEqual(top + 1);
      }),
      { numRuns: 100 },
    );
  });
});
