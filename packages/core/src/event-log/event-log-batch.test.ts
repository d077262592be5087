import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../test/arbitraries/journey-events";
import { InvalidEventError } from "../errors/invalid-event-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { CHANNELS } from "../model/channel";
import type { JourneyEvent } from "../model/journey-event";
import { EventLog } from "./event-log";
import type { EventLogBatch } from "./event-log-batch";
import { EventLogBuilder } from "./event-log-builder";

/** Events with every optional field the log keeps, each present or not. */
const richEvents = journeyEventsArbitrary({ sessions: true, maxEvents: 60 }).chain((events) =>
  fc.tuple(
    ...events.map((event) =>
      fc
        .record(
          {
            channel: fc.constantFrom(...CHANNELS),
            source: fc.constantFrom("google", "newsletter", "bing"),
            medium: fc.constantFrom("organic", "email", "cpc"),
            value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            properties: fc.dictionary(
              fc.constantFrom("page", "plan", "n"),
              fc.oneof(fc.string(), fc.integer()),
            ),
          },
          { requiredKeys: [] },
        )
        .map((extra): JourneyEvent => ({ ...event, ...extra })),
    ),
  ),
);

/** The events cut into consecutive parts at the given fractions. */
function cut(events: readonly JourneyEvent[], fractions: readonly number[]): JourneyEvent[][] {
  const bounds = [
    0,
    ...fractions.map((f) => Math.floor(f * events.length)).sort((a, b) => a - b),
    events.length,
  ];
  return bounds.slice(1).map((end, part) => events.slice(bounds[part], end));
}

/** Each part through its own builder and a structured clone, as a worker thread would post it. */
function throughBatches(parts: readonly JourneyEvent[][], keep?: (part: number, index: number) => boolean) {
  const main = new EventLogBuilder();
  parts.forEach((events, part) => {
    const worker = new EventLogBuilder();
    for (const event of events) worker.add(event);
    main.addBatch(structuredClone(worker.toBatch()), keep && ((index) => keep(part, index)));
  });
  return main.build();
}

describe("EventLogBuilder batches", () => {
  it("builds, from batches appended in order, the log one builder would build from every event", () => {
    fc.assert(
      fc.property(
        richEvents,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        (events, fractions) => {
          const parts = cut(events, fractions);
          const merged = throughBatches(parts);
          const direct = EventLog.from(events);
          expect([...merged]).toEqual([...direct]);
          expect(merged.columns.customerIds).toEqual(direct.columns.customerIds);
          expect(merged.columns.sessionIds).toEqual(direct.columns.sessionIds);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("leaves out the events keep refuses, and only those", () => {
    fc.assert(
      fc.property(
        richEvents,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 2, max: 4 }),
        (events, fraction, every) => {
          const parts = cut(events, [fraction]);
          const keep = (part: number, index: number) => (part * 7 + index) % every !== 0;
          const kept = parts.flatMap((partEvents, part) =>
            partEvents.filter((_, index) => keep(part, index)),
          );
          expect([...throughBatches(parts, keep)]).toEqual([...EventLog.from(kept)]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("appends to a builder that already holds events, interning names and customers once", () => {
    const worker = new EventLogBuilder()
      .add({ customerId: "ann", timestamp: 3, name: "purchase", channel: "email", source: "newsletter" })
      .add({ customerId: "bob", timestamp: 1, name: "view_item" });
    const main = new EventLogBuilder().add({
      customerId: "bob",
      timestamp: 2,
      name: "purchase",
      medium: "cpc",
    });
    const log = main.addBatch(worker.toBatch()).build();
    expect(log.columns.customerIds).toEqual(["ann", "bob"]);
    expect(log.columns.names).toEqual(["purchase", "view_item"]);
    expect(
      [...log].map((event) => [event.customerId, event.name, event.channel, event.source, event.medium]),
    ).toEqual([
      ["ann", "purchase", "email", "newsletter", undefined],
      ["bob", "view_item", undefined, undefined, undefined],
      ["bob", "purchase", undefined, undefined, "cpc"],
    ]);
  });

  it("leaves the builder as it was when it made a batch", () => {
    const builder = new EventLogBuilder().add({
      customerId: "c",
      timestamp: 1,
      name: "a",
      channel: "search",
    });
    const before = [...new EventLogBuilder().addBatch(builder.toBatch()).build()];
    builder.toBatch();
    expect([...builder.build()]).toEqual(before);
  });

  describe("rejects a bad batch, naming what is wrong, and adds nothing", () => {
    const good = (): EventLogBatch =>
      new EventLogBuilder()
        .add({ customerId: "c", timestamp: 1, name: "a", sessionId: "s", channel: "email", value: 2 })
        .add({ customerId: "c", timestamp: 2, name: "b", sessionId: "s" })
        .toBatch();
    const cases: [string, (batch: EventLogBatch) => unknown, string, string][] = [
      [
        "a customer code past its table",
        (b) => ({ ...b, customer: Uint32Array.of(0, 5) }),
        "InvalidEventError",
        "customer",
      ],
      [
        "a timestamp that is not finite",
        (b) => ({ ...b, timestamp: Float64Array.of(1, Number.NaN) }),
        "InvalidEventError",
        "timestamp",
      ],
      [
        "a session code past its table",
        (b) => ({ ...b, session: Uint32Array.of(0, 9) }),
        "InvalidEventError",
        "session",
      ],
      [
        "a channel that is not one",
        (b) => ({ ...b, strings: ["", "fax"], channel: Uint32Array.of(1, 0) }),
        "InvalidEventError",
        "channel",
      ],
      [
        "an infinite value",
        (b) => ({ ...b, value: Float64Array.of(Number.POSITIVE_INFINITY, Number.NaN) }),
        "InvalidEventError",
        "value",
      ],
      [
        "properties that are not a record",
        (b) => ({ ...b, properties: [[1], undefined] }),
        "InvalidEventError",
        "properties",
      ],
      ["a column shorter than size", (b) => ({ ...b, size: 3 }), "InvalidOptionError", "batch.customer"],
      [
        "a column of the wrong kind",
        (b) => ({ ...b, timestamp: [1, 2] }),
        "InvalidOptionError",
        "batch.timestamp",
      ],
      [
        "an empty customer id",
        (b) => ({ ...b, customerIds: [""] }),
        "InvalidOptionError",
        "batch.customerIds[0]",
      ],
      ["a negative size", (b) => ({ ...b, size: -1 }), "InvalidOptionError", "batch.size"],
    ];
    it.each(cases)("%s", (_, spoil, errorName, where) => {
      const builder = new EventLogBuilder();
      let caught: unknown;
      try {
        builder.addBatch(spoil(good()) as EventLogBatch);
      } catch (error) {
        caught = error;
      }
      if (errorName === "InvalidEventError") {
        expect(InvalidEventError.isInstance(caught) && caught.field).toBe(where);
      } else {
        expect(InvalidOptionError.isInstance(caught) && caught.option).toBe(where);
      }
      expect(builder.size).toBe(0);
    });
  });
});
