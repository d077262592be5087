import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { tiePreservingShuffle } from "../../test/arbitraries/tie-preserving-shuffle";
import { type DuckDbEvents, openDuckDbEvents } from "../../test/oracles/duckdb-events";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import type { JourneyEvent } from "../model/journey-event";
import { directlyFollows } from "./directly-follows";

const at = (customerId: string, minute: number, name: string, sessionId?: string): JourneyEvent => ({
  customerId,
  timestamp: minute * 60_000,
  name,
  ...(sessionId === undefined ? {} : { sessionId }),
});

/** Events with sessions, some without one, in any order with many ties. */
const eventsWithSessions = fc
  .tuple(journeyEventsArbitrary({ sessions: true, maxEvents: 60 }), fc.array(fc.boolean(), { maxLength: 60 }))
  .map(([events, dropSession]) =>
    events.map((event, index) => {
      if (dropSession[index] !== true) return event;
      const { sessionId: _, ...rest } = event;
      return rest;
    }),
  );

describe("directlyFollows", () => {
  it("counts pairs of consecutive events as events and as distinct customers (hand-computed)", () => {
    const log = EventLog.from([
      at("ann", 3, "purchase"),
      at("ann", 1, "view_item"),
      at("ann", 2, "add_to_cart"),
      at("bob", 1, "view_item"),
      at("bob", 2, "add_to_cart"),
      at("bob", 5, "view_item"),
      at("bob", 6, "add_to_cart"),
      at("cem", 1, "view_item"),
    ]);
    // ann: view_item add_to_cart purchase; bob: view_item add_to_cart view_item add_to_cart; cem: view_item
    expect(directlyFollows(log)).toEqual({
      transitions: [
        { from: "view_item", to: "add_to_cart", events: 3, customers: 2 },
        { from: "add_to_cart", to: "purchase", events: 1, customers: 1 },
        { from: "add_to_cart", to: "view_item", events: 1, customers: 1 },
      ],
      starts: [{ name: "view_item", events: 3, customers: 3 }],
      ends: [
        { name: "add_to_cart", events: 1, customers: 1 },
        { name: "purchase", events: 1, customers: 1 },
        { name: "view_item", events: 1, customers: 1 },
      ],
      sequences: 3,
      totalTransitions: 5,
    });
  });

  it("follows the log's order for ties: equal timestamps by sequence, then name", () => {
    const log = EventLog.from([at("ann", 1, "b"), at("ann", 1, "a"), at("ann", 0, "c")]);
    expect(directlyFollows(log).transitions.map(({ from, to }) => `${from}>${to}`)).toEqual(["a>b", "c>a"]);
    const sequenced = EventLog.from([
      { ...at("ann", 1, "b"), sequence: [0] },
      { ...at("ann", 1, "a"), sequence: [1] },
      at("ann", 0, "c"),
    ]);
    expect(directlyFollows(sequenced).transitions.map(({ from, to }) => `${from}>${to}`)).toEqual([
      "b>a",
      "c>b",
    ]);
  });

  it("counts self-loops (repeats) as transitions", () => {
    const log = EventLog.from([at("ann", 1, "a"), at("ann", 2, "a"), at("ann", 3, "a")]);
    expect(directlyFollows(log).transitions).toEqual([{ from: "a", to: "a", events: 2, customers: 1 }]);
  });

  it("with withinSessions, pairs events of each session, even when sessions interleave", () => {
    const log = EventLog.from([
      at("ann", 1, "a", "s1"),
      at("ann", 2, "x", "s2"),
      at("ann", 3, "b", "s1"),
      at("ann", 4, "z"),
      at("ann", 5, "y", "s2"),
      at("bob", 1, "a", "s1"),
    ]);
    const graph = directlyFollows(log, { withinSessions: true });
    expect(graph.transitions).toEqual([
      { from: "a", to: "b", events: 1, customers: 1 },
      { from: "x", to: "y", events: 1, customers: 1 },
    ]);
    expect(graph.sequences).toBe(3);
    expect(graph.starts).toEqual([
      { name: "a", events: 2, customers: 2 },
      { name: "x", events: 1, customers: 1 },
    ]);
    expect(graph.ends).toEqual([
      { name: "a", events: 1, customers: 1 },
      { name: "b", events: 1, customers: 1 },
      { name: "y", events: 1, customers: 1 },
    ]);
  });

  it("returns empty results for an empty log", () => {
    expect(directlyFollows(EventLog.from([]))).toEqual({
      transitions: [],
      starts: [],
      ends: [],
      sequences: 0,
      totalTransitions: 0,
    });
  });

  it("counts the same with many distinct names (sparse pair slots) as with few", () => {
    // 3000 names make the dense pair table too large, so pairs get slots through a Map.
    const events = Array.from({ length: 6000 }, (_, i) => at(`c${i % 7}`, i, `e${(i * 7919) % 3000}`));
    const graph = directlyFollows(EventLog.from(events));
    const expected = new Map<string, number>();
    for (let i = 7; i < events.length; i += 1) {
      const key = `${events[i - 7]?.name}>${events[i]?.name}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(graph.transitions.map((t) => [`${t.from}>${t.to}`, t.events]))).toEqual(expected);
    expect(graph.totalTransitions).toBe(events.length - 7);
  });

  it("does not depend on input order beyond the order of tied events", () => {
    fc.assert(
      fc.property(
        eventsWithSessions.chain((events) => fc.tuple(fc.constant(events), tiePreservingShuffle(events))),
        fc.boolean(),
        ([events, shuffled], withinSessions) => {
          expect(directlyFollows(EventLog.from(shuffled), { withinSessions })).toEqual(
            directlyFollows(EventLog.from(events), { withinSessions }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is consistent: transitions per sequence are its events minus one", () => {
    fc.assert(
      fc.property(journeyEventsArbitrary(), (events) => {
        const graph = directlyFollows(EventLog.from(events));
        expect(graph.totalTransitions).toBe(events.length - graph.sequences);
        const sum = (list: readonly { events: number }[]) =>
          list.reduce((total, item) => total + item.events, 0);
        expect(sum(graph.starts)).toBe(graph.sequences);
        expect(sum(graph.ends)).toBe(graph.sequences);
      }),
      { numRuns: 100 },
    );
  });

  it("rejects unknown or mistyped options with InvalidOptionError naming the option", () => {
    const log = EventLog.from([]);
    const attempt = (options: unknown) => () => directlyFollows(log, options as never);
    expect(attempt({ withinSession: true })).toThrow(InvalidOptionError);
    expect(attempt({ withinSessions: "yes" })).toThrow(/withinSessions/);
  });
});

// The peer: DuckDB's window function lead() over the same rows, ties broken by input position.
describe("directlyFollows against DuckDB lead()", () => {
  let duckdb: DuckDbEvents;
  beforeAll(async () => {
    duckdb = await openDuckDbEvents();
  });
  afterAll(() => duckdb.close());

  const transitionsSql = (partition: string, where: string) => `
    with ordered as (
      select customer, name, lead(name) over (partition by ${partition} order by ts, seq) as next_name
      from events ${where}
    )
    select name as "from", next_name as "to", count(*)::integer as events,
           count(distinct customer)::integer as customers
    from ordered where next_name is not null
    group by all order by events desc, "from", "to"`;

  const boundarySql = (partition: string, where: string, direction: "asc" | "desc") => `
    with ranked as (
      select customer, name, row_number() over (partition by ${partition} order by ts ${direction}, seq ${direction}) as position
      from events ${where}
    )
    select name, count(*)::integer as events, count(distinct customer)::integer as customers
    from ranked where position = 1 group by all order by events desc, name`;

  it("gives the same transitions, starts and ends per customer and per session", async () => {
    await fc.assert(
      fc.asyncProperty(eventsWithSessions, fc.boolean(), async (events, withinSessions) => {
        await duckdb.load(events);
        const partition = withinSessions ? "customer, session" : "customer";
        const where = withinSessions ? "where session is not null" : "";
        const graph = directlyFollows(EventLog.from(events), { withinSessions });
        expect(graph.transitions).toEqual(await duckdb.query(transitionsSql(partition, where)));
        expect(graph.starts).toEqual(await duckdb.query(boundarySql(partition, where, "asc")));
        expect(graph.ends).toEqual(await duckdb.query(boundarySql(partition, where, "desc")));
      }),
      { numRuns: 100 },
    );
  });
});
