import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalOrder } from "../../test/oracles/canonical-order";
import { CHANNELS } from "../model/channel";
import type { JourneyEvent } from "../model/journey-event";
import { EventLog } from "./event-log";
import { EventLogBuilder } from "./event-log-builder";

// Few customers, times and values of every field, so that most events tie on their timestamp
// and many on everything but one field.
const tiedEvent: fc.Arbitrary<JourneyEvent> = fc
  .record(
    {
      customerId: fc.constantFrom("b", "a", "ä", "B", "a2"),
      timestamp: fc.integer({ min: 0, max: 3 }),
      name: fc.constantFrom("view", "buy", "Buy"),
      sessionId: fc.constantFrom("s1", "s2"),
      channel: fc.constantFrom(...CHANNELS.slice(0, 3)),
      source: fc.constantFrom("", "google", "bing"),
      medium: fc.constantFrom("cpc", "email"),
      value: fc.constantFrom(-1, 0, 2.5),
      sequence: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 1, maxLength: 3 }),
      properties: fc.dictionary(fc.constantFrom("x", "y", "z"), fc.constantFrom<string | number>(1, "1", 2)),
    },
    { requiredKeys: ["customerId", "timestamp", "name"] },
  )
  .map((event) => event as JourneyEvent);

/** Every public column and table of a log, as plain arrays. */
function columnsOf(log: EventLog) {
  return {
    customerIds: log.columns.customerIds,
    customer: Array.from(log.columns.customer),
    customerStart: Array.from(log.columns.customerStart),
    timestamp: Array.from(log.columns.timestamp),
    name: Array.from(log.columns.name),
    names: log.columns.names,
    session: Array.from(log.columns.session),
    sessionIds: log.columns.sessionIds,
    sessionCustomer: Array.from(log.columns.sessionCustomer),
    columnBytes: log.columnBytes,
  };
}

describe("EventLog is canonical", () => {
  it("gives the same log for the same events in any order, column by column and event by event", () => {
    fc.assert(
      fc.property(
        fc
          .array(tiedEvent, { maxLength: 60 })
          .chain((events) =>
            fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
          ),
        ([events, shuffled]) => {
          const log = EventLog.from(events);
          const other = EventLog.from(shuffled);
          expect(columnsOf(other)).toEqual(columnsOf(log));
          expect([...other]).toEqual([...log]);
          for (let index = 0; index < log.size; index += 1) {
            expect([log.channel(index), log.source(index), log.medium(index), log.value(index)]).toEqual([
              other.channel(index),
              other.source(index),
              other.medium(index),
              other.value(index),
            ]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("orders events as the documented rule says", () => {
    fc.assert(
      fc.property(fc.array(tiedEvent, { maxLength: 60 }), (events) => {
        const expected = canonicalOrder(events).map((index) => events[index]);
        expect([...EventLog.from(events)]).toEqual(expected);
      }),
    );
  });

  it("gives the same log through batches, in any split", () => {
    fc.assert(
      fc.property(fc.array(tiedEvent, { maxLength: 40 }), fc.nat(40), (events, cut) => {
        const first = new EventLogBuilder();
        const second = new EventLogBuilder();
        events.forEach((event, index) => {
          (index < cut ? first : second).add(event);
        });
        const joined = new EventLogBuilder().addBatch(second.toBatch()).addBatch(first.toBatch()).build();
        expect([...joined]).toEqual([...EventLog.from(events)]);
      }),
    );
  });
});
