import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { SegmentDefinitionError } from "../errors/segment-definition-error";
import { EventLog } from "../event-log/event-log";
import { defineJourney } from "../model/define-journey";
import { assignPersonas } from "./assign-personas";

const journey = defineJourney({
  format: "journeykit/v1",
  id: "shop",
  name: "Shop",
  version: "1",
  personas: [
    { id: "kari", name: "Kari", demographics: { ageBand: "35-44", children: 2 } },
    { id: "ola", name: "Ola", demographics: { ageBand: "18-24" } },
    { id: "nils", name: "Nils" },
  ],
  stages: [{ id: "buy", name: "Buy", order: 1 }],
});

describe("assignPersonas", () => {
  it("matches personas by their demographics when no rules are given", () => {
    const result = assignPersonas(
      {
        c1: { ageBand: "35-44", children: 2 },
        c2: { ageBand: "35-44", children: 0 },
        c3: { ageBand: "18-24" },
      },
      journey.personas,
    );
    expect(result.assignments).toEqual({ c1: "kari", c2: null, c3: "ola" });
    expect(result.personas).toEqual([
      { id: "kari", name: "Kari", count: 1, share: 1 / 3 },
      { id: "ola", name: "Ola", count: 1, share: 1 / 3 },
      { id: "nils", name: "Nils", count: 0, share: 0 },
    ]);
    expect(result.unmatched).toEqual({ count: 1, share: 1 / 3 });
  });

  it("tries rules in order, on attributes and behaviour", () => {
    const log = EventLog.from([
      { customerId: "c1", timestamp: 1, name: "purchase" },
      { customerId: "c1", timestamp: 2, name: "purchase" },
      { customerId: "c4", timestamp: 3, name: "purchase" },
    ]);
    const result = assignPersonas(
      { c1: { ageBand: "18-24" }, c2: { ageBand: "18-24" }, c3: {} },
      journey.personas,
      {
        rules: [
          { persona: "nils", where: { did: "purchase", atLeast: 2 } },
          { persona: "ola", where: { property: "ageBand", equals: "18-24" } },
          { persona: "kari", where: { inSegment: "buyers" } },
        ],
        log,
        segments: [{ id: "buyers", where: { did: "purchase" } }],
      },
    );
    expect(result.assignments).toEqual({ c1: "nils", c2: "ola", c3: null, c4: "kari" });
    expect(result.customers).toBe(4);
  });

  it("rejects rules for unknown personas or segments, and did without a log", () => {
    const attempt = (rules: never) => () => assignPersonas({ c: {} }, journey.personas, { rules });
    expect(attempt([{ persona: "per", where: { property: "x", equals: 1 } }] as never)).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: "unknown_persona", path: ["rules", 0, "persona"] })],
      }),
    );
    expect(attempt([{ persona: "ola", where: { not: { inSegment: "vip" } } }] as never)).toThrowError(
      SegmentDefinitionError,
    );
    expect(attempt([{ persona: "ola", where: { did: "purchase" } }] as never)).toThrowError(
      InvalidOptionError,
    );
  });

  it("rejects a misspelt option, or a log that is not an EventLog, naming the option", () => {
    const attempt = (options: never) => () => assignPersonas({ c: {} }, journey.personas, options);
    expect(attempt({ rule: [] } as never)).toThrowError(expect.objectContaining({ option: "rule" }));
    expect(attempt({ log: [] } as never)).toThrowError(expect.objectContaining({ option: "log" }));
    expect(attempt({ log: [] } as never)).toThrowError(InvalidOptionError);
  });
});
