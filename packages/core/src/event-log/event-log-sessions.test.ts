import { describe, expect, it } from "vitest";
import { EventLog } from "./event-log";

describe("EventLog sessions", () => {
  it("treats two session indexes with the same id as one session of a customer (fromColumns)", () => {
    const log = EventLog.fromColumns({
      customer: Uint32Array.of(0, 0, 1),
      customerIds: ["ann", "bob"],
      timestamp: Float64Array.of(1, 2, 3),
      name: Uint16Array.of(0, 0, 0),
      names: ["a"],
      session: Uint32Array.of(0, 1, 1),
      sessionIds: ["s", "s"],
    });
    expect(Array.from(log.columns.session)).toEqual([0, 0, 1]);
    expect(log.columns.sessionIds).toEqual(["s", "s"]);
    expect(Array.from(log.columns.sessionCustomer)).toEqual([0, 1]);
  });

  it("marks events before the first session id, and without one, as having no session", () => {
    const log = EventLog.from([
      { customerId: "ann", timestamp: 1, name: "a" },
      { customerId: "ann", timestamp: 2, name: "a", sessionId: "x" },
      { customerId: "ann", timestamp: 3, name: "a" },
      ...Array.from({ length: 2000 }, (_, k) => ({
        customerId: "bob",
        timestamp: k,
        name: "a",
        sessionId: k % 2 ? "y" : "x",
      })),
    ]);
    expect(Array.from(log.columns.session.subarray(0, 3))).toEqual([
      EventLog.NO_SESSION,
      0,
      EventLog.NO_SESSION,
    ]);
    expect(log.columns.sessionIds).toEqual(["x", "x", "y"]);
    expect(log.columns.session[3 + 1999]).toBe(2);
  });
});
