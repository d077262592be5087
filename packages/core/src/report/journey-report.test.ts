import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { EventLog } from "../event-log/event-log";
import { rankPainPoints } from "../feedback";
import { stageFunnel } from "../funnel";
import { defineJourney } from "../model/define-journey";
import { journeyReport } from "./journey-report";

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
      id: "cart",
      name: "Cart",
      channel: "web",
      kind: "digital",
      stages: ["cart"],
      events: [{ name: "add_to_cart" }],
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
  kpis: [{ id: "nps", name: "NPS", kind: "nps", unit: "score", target: 30 }],
  stages: [
    { id: "look", name: "Look", order: 1, touchpoints: ["pdp"] },
    { id: "cart", name: "Cart", order: 2, touchpoints: ["cart"] },
    {
      id: "buy",
      name: "Buy",
      order: 3,
      touchpoints: ["pay"],
      painPoints: [{ id: "slow-checkout", description: "Checkout is slow", severity: 3 }],
    },
  ],
});

const visits: readonly (readonly string[])[] = [
  ["view_item", "add_to_cart", "purchase"],
  ["view_item", "add_to_cart"],
  ["view_item"],
  ["view_item", "purchase"],
];
const log = EventLog.from(
  visits.flatMap((names, customer) =>
    names.map((name, index) => ({ customerId: `c${customer}`, timestamp: 1_000 * index, name })),
  ),
);

describe("journeyReport", () => {
  it("gives the same stage funnel and pain point ranking as the analyses run on their own", () => {
    const report = journeyReport(journey, log, { feedback: [{ customerId: "c1", tags: ["slow-checkout"] }] });
    expect(report.stageFunnel).toEqual(stageFunnel(journey, log));
    expect(report.customers).toBe(4);
    expect(report.events).toBe(log.size);
    // 4 looked, 2 reached the cart, 1 of them bought: the drop-off after each required stage.
    expect(report.stageDropOff).toEqual({ look: 0.5, cart: 0.5 });
    expect(report.painPoints).toEqual(
      rankPainPoints(journey, [{ customerId: "c1", tags: ["slow-checkout"] }], {
        stageDropOff: report.stageDropOff,
      }),
    );
    expect(report.feedbackResponses).toBe(1);
  });

  it("passes each part its options: conformance's ignore, the paths' options over the defaults", () => {
    const report = journeyReport(journey, log, {
      paths: { top: 1 },
      conformance: { ignore: ["add_to_cart"] },
    });
    expect(report.paths.variants).toHaveLength(1);
    expect(report.conformance?.events.ignored).toBe(2);
  });

  it("reports every KPI against its target from the metrics given", () => {
    const report = journeyReport(journey, log, { metrics: { nps: { value: 35, n: 120 } } });
    expect(report.kpis.stages[0]?.kpis[0]).toMatchObject({ id: "nps", value: 35, status: "met" });
    expect(report.metrics).toEqual({ nps: { value: 35, n: 120 } });
  });

  it("has no stage funnel or conformance for a journey whose stages no event can show", () => {
    const unobservable = defineJourney({
      format: "journeykit/v1",
      id: "store",
      name: "Store",
      version: "1",
      stages: [{ id: "visit", name: "Visit", order: 1 }],
    });
    const report = journeyReport(unobservable, log);
    expect(report.stageFunnel).toBeNull();
    expect(report.conformance).toBeNull();
    expect(report.stageDropOff).toEqual({});
    expect(report.paths.variants.length).toBeGreaterThan(0);
  });

  it("throws an InvalidOptionError naming a misspelt option, before any analysis runs", () => {
    expect(() => journeyReport(journey, log, { path: { top: 1 } } as never)).toThrow(
      expect.objectContaining({ option: "path" }),
    );
    expect(() => journeyReport(journey, log, { paths: [] as never })).toThrow(InvalidOptionError);
    expect(() => journeyReport(journey, log, { metrics: { nsp: { value: 1 } } })).toThrow(
      expect.objectContaining({ option: "measurements.nsp" }),
    );
  });
});
