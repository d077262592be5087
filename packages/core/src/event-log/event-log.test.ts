import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { canonicalOrder } from "../../test/oracles/canonical-order";
import { InvalidEventError } from "../errors/invalid-event-error";
import type { JourneyEvent } from "../model/journey-event";
import { EventLog } from "./event-log";

describe("EventLog", () => {
  it("orders events by customer id, then time, ties by name and session (the documented order)", () => {
    fc.assert(
      fc.property(journeyEventsArbitrary({ sessions: true, maxEvents: 80 }), (events) => {
        const log = EventLog.from(events);
        expect([...log]).toEqual(canonicalOrder(events).map((index) => events[index]));
      }),
    );
  });

  it("builds the same log from columns as from objects", () => {
    fc.assert(
      fc.property(journeyEventsArbitrary({ sessions: true }), (events) => {
        const fromObjects = EventLog.from(events);
        const customerIds = [...new Set(events.map((event) => event.customerId))];
        const names = [...new Set(events.map((event) => event.name))];
        const sessionIds = [...new Set(events.map((event) => event.sessionId ?? ""))];
        const fromColumns = EventLog.fromColumns({
          customer: Uint32Array.from(events, (event) => customerIds.indexOf(event.customerId)),
          customerIds,
          timestamp: Float64Array.from(events, (event) => event.timestamp),
          name: Uint16Array.from(events, (event) => names.indexOf(event.name)),
          names,
          session: Uint32Array.from(events, (event) => sessionIds.indexOf(event.sessionId ?? "")),
          sessionIds,
        });
        expect([...fromColumns]).toEqual([...fromObjects]);
      }),
    );
  });

  it("reports size, customers, names and time range", () => {
    const log = EventLog.from([
      { customerId: "bob", timestamp: 30, name: "purchase" },
      { customerId: "ann", timestamp: 10, name: "view_item" },
      { customerId: "bob", timestamp: 20, name: "view_item" },
    ]);
    expect(log.size).toBe(3);
    expect(log.columns.customerIds).toEqual(["ann", "bob"]);
    expect(log.columns.names).toEqual(["purchase", "view_item"]);
    expect(log.timeRange).toEqual({ start: 10, end: 30 });
    expect(log.nameIndex("view_item")).toBe(1);
    expect(log.nameIndex("refund")).toBe(-1);
    expect(Array.from(log.columns.customerStart)).toEqual([0, 1, 3]);
    expect(EventLog.from([]).timeRange).toBeUndefined();
  });

  it("keeps sessions apart per customer even when their ids are equal", () => {
    const log = EventLog.from([
      { customerId: "ann", timestamp: 1, name: "a", sessionId: "1700000000" },
      { customerId: "bob", timestamp: 1, name: "a", sessionId: "1700000000" },
      { customerId: "ann", timestamp: 2, name: "b", sessionId: "1700000000" },
      { customerId: "ann", timestamp: 3, name: "c" },
    ]);
    expect(Array.from(log.columns.session)).toEqual([0, 0, EventLog.NO_SESSION, 1]);
    expect(log.columns.sessionIds).toEqual(["1700000000", "1700000000"]);
    expect(Array.from(log.columns.sessionCustomer)).toEqual([0, 1]);
  });

  it("keeps channel, source, medium, value and properties with their event", () => {
    const events: JourneyEvent[] = [
      { customerId: "c", timestamp: 2, name: "purchase", value: 499, properties: { currency: "NOK" } },
      {
        customerId: "c",
        timestamp: 1,
        name: "session_start",
        channel: "search",
        source: "google",
        medium: "organic",
      },
    ];
    const log = EventLog.from(events);
    expect(log.event(0)).toEqual(events[1]);
    expect(log.event(1)).toEqual(events[0]);
    expect(log.property(1, "currency")).toBe("NOK");
    expect(log.property(1, "toString")).toBeUndefined();
  });

  it("exposes every column in one frozen record that the per-event methods agree with", () => {
    const log = EventLog.from([
      {
        customerId: "c",
        timestamp: 2,
        name: "purchase",
        value: 499,
        sequence: [3],
        properties: { plan: "pro" },
      },
      {
        customerId: "c",
        timestamp: 1,
        name: "session_start",
        sessionId: "s1",
        channel: "email",
        source: "news",
      },
    ]);
    const { columns } = log;
    expect(Object.isFrozen(columns)).toBe(true);
    expect(Object.keys(columns)).not.toContain("size");
    expect(Array.from(columns.timestamp)).toEqual([1, 2]);
    expect(columns.names[columns.name[1] as number]).toBe("purchase");
    expect(columns.sessionIds[columns.session[0] as number]).toBe("s1");
    expect(columns.session[1]).toBe(EventLog.NO_SESSION);
    expect(columns.strings[columns.source?.[0] as number]).toBe(log.source(0));
    expect(columns.channel?.[1]).toBe(0);
    expect(columns.value?.[0]).toBeNaN();
    expect(columns.value?.[1]).toBe(log.value(1));
    expect(columns.sequence[0]?.[1]).toBe(3);
    expect(columns.properties?.[1]).toEqual(log.properties(1));
  });

  it("filters events and keeps customer indexes comparable", () => {
    const log = EventLog.from([
      { customerId: "ann", timestamp: 1, name: "a" },
      { customerId: "bob", timestamp: 2, name: "b" },
      { customerId: "ann", timestamp: 3, name: "b" },
    ]);
    const onlyB = log.filter((index) => log.columns.names[log.columns.name[index] as number] === "b");
    expect(onlyB.size).toBe(2);
    expect(onlyB.columns.customerIds).toEqual(log.columns.customerIds);
    expect(Array.from(onlyB.columns.customerStart)).toEqual([0, 1, 2]);
    expect([...onlyB].map((event) => `${event.customerId}:${event.timestamp}`)).toEqual(["ann:3", "bob:2"]);
  });

  it.each([
    [{ customerId: "", timestamp: 1, name: "a" }, "customerId"],
    [{ timestamp: 1, name: "a" }, "customerId"],
    [{ customerId: "c", timestamp: Number.NaN, name: "a" }, "timestamp"],
    [{ customerId: "c", timestamp: Number.POSITIVE_INFINITY, name: "a" }, "timestamp"],
    [{ customerId: "c", timestamp: "2024-01-01", name: "a" }, "timestamp"],
    [{ customerId: "c", timestamp: 1 }, "name"],
    [{ customerId: "c", timestamp: 1, name: "a", channel: "fax" }, "channel"],
    [{ customerId: "c", timestamp: 1, name: "a", properties: [1] }, "properties"],
    [{ customerId: "c", timestamp: 1, name: "a", sequence: [] }, "sequence"],
    [{ customerId: "c", timestamp: 1, name: "a", sequence: [1, 2, 3, 4] }, "sequence"],
    [{ customerId: "c", timestamp: 1, name: "a", sequence: [Number.NaN] }, "sequence"],
    [{ customerId: "c", timestamp: 1, name: "a", sequence: "1" }, "sequence"],
    [null, "event"],
  ])("rejects %j with a typed error naming the event index and field %s", (bad, field) => {
    const events = [{ customerId: "ok", timestamp: 0, name: "fine" }, bad] as JourneyEvent[];
    let thrown: unknown;
    try {
      EventLog.from(events);
    } catch (error) {
      thrown = error;
    }
    expect(InvalidEventError.isInstance(thrown)).toBe(true);
    expect(thrown).toMatchObject({ code: "INVALID_EVENT", index: 1, field });
    expect((thrown as Error).message).toContain("Event 1");
  });

  it("orders ties by sequence, a missing entry first, and gives each event its sequence back", () => {
    const log = EventLog.from([
      { customerId: "c", timestamp: 1, name: "a", sequence: [5, 1] },
      { customerId: "c", timestamp: 1, name: "b" },
      { customerId: "c", timestamp: 1, name: "c", sequence: [5, 0] },
      { customerId: "c", timestamp: 1, name: "d", sequence: [5] },
      { customerId: "c", timestamp: 0, name: "e", sequence: [9, 9, 9] },
    ]);
    expect([...log].map((event) => event.name)).toEqual(["e", "b", "d", "c", "a"]);
    expect(log.event(0).sequence).toEqual([9, 9, 9]);
    expect(log.event(1)).not.toHaveProperty("sequence");
    expect(log.sequence(2)).toEqual([5]);
    expect(log.filter((index) => index > 2).sequence(1)).toEqual([5, 1]);
  });

  it("takes sequences in columns, and rejects gaps", () => {
    const columns = {
      customer: Uint32Array.of(0, 0),
      customerIds: ["c"],
      timestamp: Float64Array.of(1, 1),
      name: Uint16Array.of(0, 0),
      names: ["a"],
    };
    const log = EventLog.fromColumns({
      ...columns,
      sequence: [Float64Array.of(2, 1), Float64Array.of(0, Number.NaN)],
    });
    expect([...log].map((event) => event.sequence)).toEqual([[1], [2, 0]]);
    expect(() =>
      EventLog.fromColumns({ ...columns, sequence: [Float64Array.of(Number.NaN, 1), Float64Array.of(0, 0)] }),
    ).toThrow(InvalidEventError);
  });

  it("rejects columns with out-of-range indexes", () => {
    expect(() =>
      EventLog.fromColumns({
        customer: Uint32Array.of(0, 3),
        customerIds: ["a"],
        timestamp: Float64Array.of(0, 1),
        name: Uint16Array.of(0, 0),
        names: ["x"],
      }),
    ).toThrow(InvalidEventError);
  });

  it("builds from an async iterable", async () => {
    async function* stream() {
      yield { customerId: "c", timestamp: 2, name: "b" };
      yield { customerId: "c", timestamp: 1, name: "a" };
    }
    const log = await EventLog.fromAsync(stream());
    expect([...log].map((event) => event.name)).toEqual(["a", "b"]);
  });
});
