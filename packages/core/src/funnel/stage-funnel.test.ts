import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import { defineJourney } from "../model/define-journey";
import { funnel } from "./funnel";
import { type StageFunnelOptions, stageFunnel } from "./stage-funnel";

const journey = defineJourney({
  format: "journeykit/v1",
  id: "shop",
  name: "Shop",
  version: "1",
  touchpoints: [
    {
      id: "ads",
      name: "Ads",
      channel: "ads",
      kind: "digital",
      stages: ["aware"],
      events: [{ name: "session_start", medium: { equals: "cpc" } }],
    },
    {
      id: "pdp",
      name: "Product page",
      channel: "web",
      kind: "digital",
      stages: ["consider"],
      events: [{ name: "view_item" }],
    },
    { id: "store", name: "Store", channel: "store", kind: "physical", stages: ["consider"] },
    { id: "counter", name: "Counter", channel: "store", kind: "physical", stages: ["advice"] },
    {
      id: "checkout",
      name: "Checkout",
      channel: "web",
      kind: "digital",
      stages: ["buy"],
      events: [{ name: "begin_checkout" }, { name: "purchase" }],
    },
  ],
  stages: [
    { id: "aware", name: "Awareness", order: 1, touchpoints: ["ads"] },
    { id: "consider", name: "Consideration", order: 2, touchpoints: ["pdp", "store"] },
    { id: "advice", name: "Advice", order: 3, touchpoints: ["counter"] },
    { id: "buy", name: "Purchase", order: 4, touchpoints: ["checkout"] },
  ],
});

const log = EventLog.from([
  { customerId: "ann", timestamp: 0, name: "session_start", medium: "cpc" },
  { customerId: "ann", timestamp: 1, name: "view_item" },
  { customerId: "ann", timestamp: 2, name: "purchase" },
  { customerId: "bob", timestamp: 0, name: "session_start", medium: "organic" },
  { customerId: "bob", timestamp: 1, name: "view_item" },
  { customerId: "cem", timestamp: 0, name: "session_start", medium: "cpc" },
  { customerId: "cem", timestamp: 1, name: "begin_checkout" },
]);

describe("stageFunnel", () => {
  it("makes each stage with event matchers a step matched by any of its touchpoints' matchers", () => {
    const result = stageFunnel(journey, log);
    expect(result.stages).toEqual([
      { id: "aware", name: "Awareness" },
      { id: "consider", name: "Consideration" },
      { id: "buy", name: "Purchase" },
    ]);
    expect(result.stagesWithoutEvents).toEqual(["advice"]);
    expect(result.steps.map((step) => [step.label, step.count])).toEqual([
      ["Awareness", 2],
      ["Consideration", 1],
      ["Purchase", 1],
    ]);
  });

  it("is the funnel over the same matchers written as steps", () => {
    const steps = [
      { anyOf: [{ name: "session_start", medium: { equals: "cpc" } }], label: "Awareness" },
      { anyOf: ["view_item"], label: "Consideration", optional: true },
      { anyOf: ["begin_checkout", "purchase"], label: "Purchase" },
    ];
    const {
      stages: _,
      stagesWithoutEvents: __,
      ...result
    } = stageFunnel(journey, log, { optional: ["consider"] });
    expect(result).toEqual(funnel(log, { steps }));
    expect(result.steps.map((step) => step.count)).toEqual([2, 1, 2]);
  });

  it.each<[string, StageFunnelOptions]>([
    ["stages[1]", { stages: ["aware", "nope"] }],
    ["stages[1]", { stages: ["aware", "advice"] }],
    ["optional[0]", { optional: ["nope"] }],
    ["optional[0]", { optional: ["aware"] }],
    ["within.nope", { within: { nope: "1h" } }],
    ["within.buy", { within: { buy: "soon" as "1h" } }],
    ["within.aware", { within: { aware: "1h" } }],
    ["window", { window: 0 }],
  ])("rejects a bad %s", (option, options) => {
    expect(() => stageFunnel(journey, log, options)).toThrow(InvalidOptionError);
    expect(() => stageFunnel(journey, log, options)).toThrow(option);
  });
});

describe("stageFunnel and stages the map marks optional", () => {
  const journey = defineJourney({
    format: "journeykit/v1",
    id: "shop",
    name: "Shop",
    version: "1",
    touchpoints: [
      {
        id: "pdp",
        name: "Product page",
        channel: "web",
        kind: "digital",
        stages: ["look"],
        events: [{ name: "view_item" }],
      },
      {
        id: "chat",
        name: "Chat",
        channel: "chat",
        kind: "digital",
        stages: ["help"],
        events: [{ name: "chat" }],
      },
      {
        id: "pay",
        name: "Checkout",
        channel: "web",
        kind: "digital",
        stages: ["buy"],
        events: [{ name: "purchase" }],
      },
    ],
    stages: [
      { id: "look", name: "Look", order: 1, touchpoints: ["pdp"], optional: true },
      { id: "help", name: "Help", order: 2, touchpoints: ["chat"], optional: true },
      { id: "buy", name: "Buy", order: 3, touchpoints: ["pay"] },
    ],
  });
  const log = EventLog.from([
    { customerId: "ann", timestamp: 1, name: "view_item" },
    { customerId: "ann", timestamp: 2, name: "purchase" },
    { customerId: "bob", timestamp: 1, name: "view_item" },
    { customerId: "bob", timestamp: 2, name: "chat" },
    { customerId: "bob", timestamp: 3, name: "purchase" },
    { customerId: "cid", timestamp: 1, name: "view_item" },
  ]);

  it("lets customers pass an optional stage by, and keeps the first stage required", () => {
    const result = stageFunnel(journey, log);
    expect(result.steps.map((step) => step.optional)).toEqual([false, true, false]);
    expect(result.steps.map((step) => step.count)).toEqual([3, 1, 2]);
    expect(result.overallConversion).toBeCloseTo(2 / 3);
  });
});
