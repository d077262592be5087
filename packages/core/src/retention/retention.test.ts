import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import type { JourneyEvent } from "../model/journey-event";
import { retention } from "./retention";

const day = 86_400_000;
const hour = 3_600_000;

/** Starts ("a") and returns ("b") over about 100 days from Wednesday 2024-01-24, hours apart. */
const eventsArbitrary = fc
  .array(
    fc.record({
      customer: fc.integer({ min: 0, max: 7 }),
      hours: fc.integer({ min: 0, max: 2400 }),
      name: fc.constantFrom("a", "b", "b", "c"),
    }),
    { maxLength: 50 },
  )
  .map((rows) =>
    rows.map(
      (row): JourneyEvent => ({
        customerId: `c${row.customer}`,
        timestamp: Date.UTC(2024, 0, 24) + row.hours * hour,
        name: row.name,
      }),
    ),
  );

describe("retention", () => {
  it("starts weeks on Monday and months on the 1st, in UTC", () => {
    const sunday = Date.UTC(2024, 0, 7, 23);
    const log = EventLog.from([
      { customerId: "ann", timestamp: sunday, name: "sign_up" },
      { customerId: "ann", timestamp: sunday + 2 * hour, name: "visit" },
      { customerId: "bob", timestamp: Date.UTC(2024, 0, 31, 12), name: "sign_up" },
      { customerId: "bob", timestamp: Date.UTC(2024, 1, 1, 1), name: "visit" },
    ]);
    const weekly = retention(log, { start: "sign_up", returnEvent: "visit", cohortBy: "week" });
    expect(weekly.cohorts.map((c) => [c.cohort, c.counts.slice(0, 2)])).toEqual([
      ["2024-01-01", [0, 1]],
      ["2024-01-29", [1]],
    ]);
    const monthly = retention(log, { start: "sign_up", returnEvent: "visit", cohortBy: "month" });
    expect(monthly.cohorts.map((c) => [c.cohort, c.counts])).toEqual([["2024-01-01", [1, 1]]]);
    expect(monthly.overall).toEqual({ sizes: [2, 2], counts: [1, 1], shares: [0.5, 0.5] });
    expect(monthly).toMatchObject({ timeZone: "UTC", weekStartsOn: "monday" });
  });

  it("counts only returns after the start, up to asOf, and only the periods observed", () => {
    const log = EventLog.from([
      { customerId: "ann", timestamp: 0, name: "visit" },
      { customerId: "ann", timestamp: day, name: "visit" },
      { customerId: "ann", timestamp: 3 * day, name: "visit" },
      { customerId: "ann", timestamp: 9 * day, name: "visit" },
    ]);
    const table = retention(log, { start: "visit", returnEvent: "visit", cohortBy: "day", asOf: 5 * day });
    expect(table.cohorts).toEqual([
      { cohort: "1970-01-01", start: 0, size: 1, counts: [0, 1, 0, 1, 0, 0], shares: [0, 1, 0, 1, 0, 0] },
    ]);
    const capped = retention(log, {
      start: "visit",
      returnEvent: "visit",
      cohortBy: "day",
      mode: "on-or-after",
      maxPeriods: 3,
    });
    expect(capped.cohorts[0]?.counts).toEqual([1, 1, 1]);
  });

  it("never rises from period to period in on-or-after mode, and is at least 'on'", () => {
    fc.assert(
      fc.property(eventsArbitrary, fc.constantFrom("day", "week", "month"), (events, cohortBy) => {
        const log = EventLog.from(events);
        const on = retention(log, { start: "a", returnEvent: "b", cohortBy });
        const after = retention(log, { start: "a", returnEvent: "b", cohortBy, mode: "on-or-after" });
        after.cohorts.forEach((cohort, k) => {
          cohort.counts.forEach((count, period) => {
            if (period > 0) expect(count).toBeLessThanOrEqual(cohort.counts[period - 1] as number);
            expect(count).toBeGreaterThanOrEqual(on.cohorts[k]?.counts[period] as number);
            expect(count).toBeLessThanOrEqual(cohort.size);
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on the order of the input", () => {
    fc.assert(
      fc.property(
        eventsArbitrary.chain((events) => fc.tuple(fc.constant(events), tiePreservingShuffle(events))),
        ([events, shuffled]) => {
          const options = { start: "a", returnEvent: "b", cohortBy: "week" } as const;
          expect(retention(EventLog.from(shuffled), options)).toEqual(
            retention(EventLog.from(events), options),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("rejects unknown periods and modes, naming the option", () => {
    const log = EventLog.from([]);
    expect(() => retention(log, { start: "a", returnEvent: "b", cohortBy: "year" as never })).toThrowError(
      expect.objectContaining({ option: "cohortBy" }),
    );
    expect(() => retention(log, { start: "a", returnEvent: "b", mode: "after" as never })).toThrowError(
      InvalidOptionError,
    );
  });
});

describe("retention agrees with DuckDB's date_trunc (ISO weeks, UTC)", () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(":memory:", { threads: "1" });
    connection = await DuckDBConnection.create(instance);
    await connection.run("create table events (customer varchar, ts bigint, name varchar)");
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it.each(["day", "week", "month"] as const)("by %s, in 'on' mode", async (cohortBy) => {
    const events =
      fc
        .sample(eventsArbitrary, { numRuns: 1, seed: 7 })[0]
        ?.concat(fc.sample(eventsArbitrary, { numRuns: 8, seed: 8 }).flat()) ?? [];
    await connection.run("delete from events");
    const appender = await connection.createAppender("events");
    for (const event of events) {
      appender.appendVarchar(event.customerId);
      appender.appendBigInt(BigInt(event.timestamp));
      appender.appendVarchar(event.name);
      appender.endRow();
    }
    appender.closeSync();
    const rows = (
      await connection.runAndReadAll(`
        with starts as (select customer, min(ts) as t0 from events where name = 'a' group by customer),
        cohorts as (select customer, t0, date_trunc('${cohortBy}', epoch_ms(t0)) as cohort from starts),
        returns as (
          select distinct c.cohort, c.customer,
                 date_diff('${cohortBy}', c.cohort, date_trunc('${cohortBy}', epoch_ms(e.ts))) as period
          from cohorts c join events e on e.customer = c.customer and e.name = 'b' and e.ts > c.t0
        )
        select strftime(cohort, '%Y-%m-%d') as cohort, period, count(*)::integer as customers
        from returns group by all order by cohort, period`)
    ).getRowObjectsJS() as { cohort: string; period: bigint; customers: number }[];
    const table = retention(EventLog.from(events), { start: "a", returnEvent: "b", cohortBy });
    const ours = table.cohorts.flatMap((cohort) =>
      cohort.counts.flatMap((customers, period) =>
        customers > 0 ? [{ cohort: cohort.cohort, period, customers }] : [],
      ),
    );
    expect(ours).toEqual(rows.map((row) => ({ ...row, period: Number(row.period) })));
  });
});
