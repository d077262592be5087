// funnel() against DuckDB SQL over the same rows: the funnel semantics written as a recursive
// query over chains of events (ordered and strict) or as windows per opening event (any order),
// compared step count by step count for every order, entry and countBy option, with optional
// steps, per-step `within` and exclusions. fast-check makes the event logs: few names and few
// distinct timestamps (ties and repeats everywhere), input in any order, windows on the edges.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { type DuckDbEvents, openDuckDbEvents } from "../../test/oracles/duckdb-events";
import { EventLog } from "../event-log/event-log";
import { funnel } from "./funnel";
import type { FunnelOptions, FunnelStep } from "./funnel-options";

const MINUTE = 60_000;
const NAMES = ["a", "b", "c", "d"] as const;

interface Case {
  readonly order: "ordered" | "strict" | "any";
  readonly entry: "any" | "first";
  readonly countBy: "customers" | "sessions";
  /** Per step, the names that match it. */
  readonly stepNames: readonly (readonly string[])[];
  readonly optional: readonly boolean[];
  readonly within: readonly (number | undefined)[];
  readonly window: number;
  readonly exclusions: readonly { name: string; from: number; to: number }[];
}

function toOptions(test: Case): FunnelOptions {
  const steps: FunnelStep[] = test.stepNames.map((names, k) => {
    const base = names.length === 1 ? { name: names[0] as string } : { anyOf: [...names] };
    return {
      ...base,
      ...(test.optional[k] === true ? { optional: true } : {}),
      ...(test.within[k] === undefined ? {} : { within: test.within[k] as number }),
    };
  });
  return {
    steps,
    order: test.order,
    entry: test.entry,
    countBy: test.countBy,
    window: test.window,
    exclusions: test.exclusions.map(({ name, from, to }) => ({
      event: name,
      between: [from, to] as [number, number],
    })),
  };
}

/** A VALUES list, or an empty relation with as many columns. */
const sqlList = (rows: readonly string[], columns = 2) =>
  rows.length === 0
    ? `select ${Array(columns).fill("null").join(", ")} where false`
    : `values ${rows.join(", ")}`;

/** Units (customers or sessions) with log positions, and which events match which step. */
function unitsSql(test: Case): string {
  const unit = test.countBy === "sessions" ? "customer || '/' || session" : "customer";
  const matches = test.stepNames.flatMap((names, step) => names.map((name) => `(${step}, '${name}')`));
  return `
    ev as (
      select ${unit} as unit, ts, name, row_number() over (partition by ${unit} order by ts, seq) as pos
      from events ${test.countBy === "sessions" ? "where session is not null" : ""}
    ),
    step_names(step, name) as (${sqlList(matches)}),
    em as (select ev.*, step_names.step from ev join step_names using (name))`;
}

/** Ordered and strict: every valid chain, grown one step at a time; a unit reaches the steps its chains end at. */
function chainSql(test: Case): string {
  const n = test.stepNames.length;
  const allowed: string[] = [];
  for (let from = 0; from < n; from += 1) {
    for (let to = from + 1; to < n; to += 1) {
      allowed.push(`(${from}, ${to}, ${test.within[to] ?? "'infinity'::double"})`);
      if (test.optional[to] !== true) break;
    }
  }
  const exclusionNames = test.exclusions.map(({ name }, x) => `(${x}, '${name}')`);
  const entered = test.exclusions.map((_, x) => `entered${x}`);
  const enteredNext = test.exclusions.map(
    ({ from }, x) =>
      `case when c.entered${x} is null and e.step >= ${from} then e.pos else c.entered${x} end`,
  );
  const noExclusion = test.exclusions.map(
    ({ from, to }, x) => `not (c.last_step >= ${from} and c.last_step < ${to} and e.step >= ${to} and exists (
        select 1 from xm where xm.unit = c.unit and xm.x = ${x}
          and xm.pos > c.entered${x} and xm.pos < e.pos and not list_contains(c.positions, xm.pos)))`,
  );
  const firstStarts =
    test.entry === "first"
      ? "and em.pos = (select min(f.pos) from em f where f.unit = em.unit and f.step = 0)"
      : "";
  return `
    with recursive ${unitsSql(test)},
    allowed(from_step, to_step, within_ms) as (${sqlList(allowed, 3)}),
    exclusion_names(x, name) as (${sqlList(exclusionNames)}),
    xm as (select ev.unit, ev.pos, exclusion_names.x from ev join exclusion_names using (name)),
    chains(unit, start_ts, last_step, last_pos, last_ts, positions ${entered.map((e) => `, ${e}`).join("")}) as (
      select unit, ts, 0, pos, ts, [pos] ${test.exclusions.map(({ from }) => `, case when ${from} = 0 then pos end`).join("")}
      from em where step = 0 ${firstStarts}
      union all
      select c.unit, c.start_ts, e.step, e.pos, e.ts, list_append(c.positions, e.pos) ${enteredNext.map((e) => `, ${e}`).join("")}
      from chains c
      join allowed a on a.from_step = c.last_step
      join em e on e.unit = c.unit and e.step = a.to_step
        and ${test.order === "strict" ? "e.pos = c.last_pos + 1" : "e.pos > c.last_pos"}
        and e.ts - c.start_ts <= ${test.window}
        and e.ts - c.last_ts <= a.within_ms
      ${noExclusion.length === 0 ? "" : `where ${noExclusion.join(" and ")}`}
    )
    select last_step as step, count(distinct unit)::integer as units from chains group by 1`;
}

/** Any order (steps with distinct names): each matching event opens a window; a unit reaches k when one window holds steps 1..k. */
function anyOrderSql(test: Case): string {
  const n = test.stepNames.length;
  const openers =
    test.entry === "first" ? "where o.pos = (select min(f.pos) from em f where f.unit = o.unit)" : "";
  return `
    with ${unitsSql(test)},
    present as (
      select o.unit, o.pos as opening, bit_or(1 << e.step) as mask
      from em o join em e on e.unit = o.unit and e.pos >= o.pos and e.ts - o.ts <= ${test.window}
      ${openers}
      group by 1, 2
    ),
    reach as (
      select unit, max(k) as reached
      from present, range(1, ${n + 1}) r(k)
      where mask & ((1 << k) - 1) = (1 << k) - 1
      group by 1
    )
    select k - 1 as step, count(*)::integer as units from reach, range(1, ${n + 1}) r(k) where k <= reached group by 1`;
}

async function duckDbCounts(db: DuckDbEvents, test: Case): Promise<number[]> {
  const rows = await db.query<{ step: number; units: number }>(
    test.order === "any" ? anyOrderSql(test) : chainSql(test),
  );
  const counts = test.stepNames.map(() => 0);
  for (const row of rows) counts[row.step] = row.units;
  return counts;
}

const duration = fc.integer({ min: 1, max: 12 }).map((minutes) => minutes * MINUTE);

const orderedCase: fc.Arbitrary<Case> = fc
  .record({
    order: fc.constantFrom("ordered" as const, "strict" as const),
    entry: fc.constantFrom("any" as const, "first" as const),
    countBy: fc.constantFrom("customers" as const, "sessions" as const),
    stepNames: fc.array(fc.subarray([...NAMES], { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 4,
    }),
    optional: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    within: fc.array(fc.option(duration, { nil: undefined, freq: 2 }), { minLength: 4, maxLength: 4 }),
    window: duration,
    exclusions: fc.array(
      fc.record({ name: fc.constantFrom(...NAMES), from: fc.nat(3), span: fc.integer({ min: 1, max: 3 }) }),
      { maxLength: 2 },
    ),
  })
  .map((test) => {
    const n = test.stepNames.length;
    return {
      ...test,
      optional: test.optional.slice(0, n).map((optional, k) => k > 0 && optional),
      within: test.within.slice(0, n).map((within, k) => (k > 0 ? within : undefined)),
      exclusions:
        test.order === "strict"
          ? []
          : test.exclusions
              .map(({ name, from, span }) => ({ name, from, to: from + span }))
              .filter(({ to }) => to < n),
    };
  });

const anyOrderCase: fc.Arbitrary<Case> = fc.record({
  order: fc.constant("any" as const),
  entry: fc.constantFrom("any" as const, "first" as const),
  countBy: fc.constantFrom("customers" as const, "sessions" as const),
  stepNames: fc.shuffledSubarray([...NAMES], { minLength: 1 }).map((names) => names.map((name) => [name])),
  optional: fc.constant([]),
  within: fc.constant([]),
  window: duration,
  exclusions: fc.constant([]),
});

describe("funnel against DuckDB", () => {
  let db: DuckDbEvents;
  beforeAll(async () => {
    db = await openDuckDbEvents();
  });
  afterAll(() => db.close());

  const events = journeyEventsArbitrary({ customers: 3, maxEvents: 30, distinctTimes: 10, sessions: true });

  it.each([
    ["ordered and strict, with optional steps, within and exclusions", orderedCase],
    ["any order", anyOrderCase],
  ])("gives DuckDB's step counts: %s", async (_, cases) => {
    await fc.assert(
      fc.asyncProperty(events, cases, async (rows, test) => {
        await db.load(rows);
        const result = funnel(EventLog.from(rows), toOptions(test));
        expect(result.steps.map((step) => step.count)).toEqual(await duckDbCounts(db, test));
      }),
      { numRuns: 150 },
    );
  });
});
