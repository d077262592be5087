import { describe, expect, it } from "vitest";
import { attribution } from "../attribution/attribution";
import { EventLog } from "../event-log/event-log";
import { bySegment } from "./by-segment";

describe("bySegment", () => {
  const log = EventLog.from([
    { customerId: "ann", timestamp: 1, name: "session_start", channel: "email" },
    { customerId: "ann", timestamp: 2, name: "purchase" },
    { customerId: "bob", timestamp: 1, name: "session_start", channel: "search" },
    { customerId: "bob", timestamp: 2, name: "purchase" },
    { customerId: "cai", timestamp: 1, name: "session_start", channel: "search" },
  ]);
  const customers = {
    ann: { device: "mobile" },
    bob: { device: "desktop" },
    cai: { device: "mobile" },
    dan: { device: "mobile" },
  };
  const segments = [
    { id: "mobile", where: { property: "device", equals: "mobile" } },
    { id: "desktop", where: { property: "device", equals: "desktop" } },
  ];

  it("runs an analysis on each segment's events only, and passes the members", () => {
    const result = bySegment(log, customers, segments, (segmentLog, segment) => ({
      events: segmentLog.size,
      customers: new Set(Array.from(segmentLog.columns.customer, (c) => segmentLog.columns.customerIds[c]))
        .size,
      members: segment.customerIds,
    }));
    expect(result.segments).toEqual([
      { id: "mobile", customers: 3, result: { events: 3, customers: 2, members: ["ann", "cai", "dan"] } },
      { id: "desktop", customers: 1, result: { events: 2, customers: 1, members: ["bob"] } },
    ]);
  });

  it("breaks attribution down per segment", () => {
    const result = bySegment(
      log,
      customers,
      segments,
      (segmentLog) => attribution(segmentLog, { conversion: "purchase", model: "last-touch" }).credits,
    );
    expect(result.segments.map((s) => s.result)).toEqual([
      [
        { touchpoint: "email", credit: 1, share: 1 },
        { touchpoint: "search", credit: 0, share: 0 },
      ],
      [{ touchpoint: "search", credit: 1, share: 1 }],
    ]);
  });
});
