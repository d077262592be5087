import { describe, expect, it } from "vitest";
import { EventLog } from "../event-log/event-log";
import { compileEventMatcher } from "./compile-event-matcher";

describe("compileEventMatcher", () => {
  const log = EventLog.from([
    { customerId: "c", timestamp: 1, name: "session_start", medium: "cpc" },
    { customerId: "c", timestamp: 2, name: "session_start", medium: "organic" },
    { customerId: "c", timestamp: 3, name: "purchase" },
  ]);

  it("matches by name alone", () => {
    const purchase = compileEventMatcher(log, "purchase");
    expect([0, 1, 2].map(purchase)).toEqual([false, false, true]);
  });

  it("applies conditions only to events whose name matched", () => {
    const paid = compileEventMatcher(log, {
      name: "session_start",
      medium: { oneOf: ["cpc", "paid_social"] },
    });
    expect([0, 1, 2].map(paid)).toEqual([true, false, false]);
  });

  it("matches any alternative of an OR-step", () => {
    const either = compileEventMatcher(log, {
      anyOf: ["purchase", { name: "session_start", medium: { equals: "organic" } }],
    });
    expect([0, 1, 2].map(either)).toEqual([false, true, true]);
  });
});
