import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DuckDbEvents, openDuckDbEvents } from "../../test/oracles/duckdb-events";
import { EventLog } from "../event-log/event-log";
import type { JourneyEvent } from "../model/journey-event";
import { attribution } from "./attribution";

// DuckDB as the trusted peer: the same first-touch, last-touch and linear credits written as SQL
// over the same rows, with ties between equal timestamps broken by input position, as EventLog does.
const lookbackMs = 10 * 60_000;
const creditsSql = `
  with conversions as (select seq, customer, ts from events where name = 'purchase'),
  touches as (select seq, customer, ts, channel from events join touch_channels using (seq) where name <> 'purchase'),
  paths as (
    select c.seq as conversion, t.channel,
           row_number() over (partition by c.seq order by t.ts, t.seq) as position,
           count(*) over (partition by c.seq) as touches
    from conversions c join touches t
      on t.customer = c.customer and t.ts between c.ts - ${lookbackMs} and c.ts
  ),
  credits as (
    select 'first-touch' as model, channel, count(*)::double as credit from paths where position = 1 group by channel
    union all
    select 'last-touch', channel, count(*)::double from paths where position = touches group by channel
    union all
    select 'linear', channel, sum(1.0 / touches) from paths group by channel
    union all
    select model, '(no touchpoint)', count(*)::double
    from conversions, (values ('first-touch'), ('last-touch'), ('linear')) as models(model)
    where seq not in (select conversion from paths) group by model
  )
  select model, channel, credit from credits order by model, channel`;

let duckdb: DuckDbEvents;
beforeAll(async () => {
  duckdb = await openDuckDbEvents();
});
afterAll(() => duckdb.close());

/** The events with their place in the log's order as `seq`, plus each touch's channel in a second table. */
async function duckDbCredits(events: readonly JourneyEvent[]) {
  const seqs = await duckdb.load(events);
  const channels = events.flatMap((event, index) =>
    event.channel === undefined ? [] : [`(${seqs[index]}, '${event.channel}')`],
  );
  await duckdb.query(
    `create or replace table touch_channels as select * from (values ${channels.join(", ")}) t(seq, channel)`,
  );
  return duckdb.query<{ model: string; channel: string; credit: number }>(creditsSql);
}

describe("attribution agrees with DuckDB SQL", () => {
  it("on first-touch, last-touch and linear credits", async () => {
    const events = fc
      .sample(
        fc.record({
          customer: fc.integer({ min: 0, max: 40 }),
          minute: fc.integer({ min: 0, max: 60 }),
          purchase: fc.integer({ min: 0, max: 3 }),
          channel: fc.constantFrom("email", "search", "social", "ads", "web"),
        }),
        { numRuns: 600, seed: 20240601 },
      )
      .map(
        (row): JourneyEvent =>
          row.purchase === 0
            ? { customerId: `c${row.customer}`, timestamp: row.minute * 60_000, name: "purchase" }
            : {
                customerId: `c${row.customer}`,
                timestamp: row.minute * 60_000,
                name: "session_start",
                channel: row.channel as "email",
              },
      );
    const expected = await duckDbCredits(events);
    const log = EventLog.from(events);
    for (const model of ["first-touch", "last-touch", "linear"] as const) {
      const ours = attribution(log, { conversion: "purchase", model, lookback: lookbackMs })
        .credits.filter((row) => row.credit > 0)
        .map((row) => ({ model, channel: row.touchpoint, credit: row.credit }))
        .sort((a, b) => (a.channel < b.channel ? -1 : 1));
      const theirs = expected.filter((row) => row.model === model);
      expect(ours.map((row) => row.channel)).toEqual(theirs.map((row) => row.channel));
      ours.forEach((row, k) => {
        expect(row.credit).toBeCloseTo(theirs[k]?.credit ?? Number.NaN, 9);
      });
    }
  });
});
