import { conformance, EventLog, type JourneyEvent, stageFunnel } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { templates } from "../registry";
import { b2cEcommerce } from "./b2c-ecommerce";

// Generated shop customers whose stories are known, so the report can be checked against what
// the template's documentation says conformance shows (see the TSDoc of b2cEcommerce).
type Step = Omit<JourneyEvent, "customerId" | "timestamp">;
type Story = "follows" | "skips-consideration" | "repeat-after-loyalty" | "returns-from-ad";

const awareness = fc.constantFrom<Step[]>(
  [{ name: "first_visit" }, { name: "session_start", source: "google", medium: "organic" }],
  [{ name: "first_visit" }, { name: "session_start", source: "google", medium: "cpc" }],
  [{ name: "session_start", source: "instagram", medium: "referral" }],
  [{ name: "first_visit" }],
);
const consideration = fc.array(
  fc.constantFrom<Step>(
    { name: "view_item_list" },
    { name: "select_item" },
    { name: "view_item" },
    { name: "add_to_wishlist" },
    { name: "view_search_results" },
  ),
  { minLength: 1, maxLength: 4 },
);
const purchase = fc.constantFrom<Step[]>(
  [
    { name: "add_to_cart" },
    { name: "view_cart" },
    { name: "begin_checkout" },
    { name: "add_shipping_info" },
    { name: "add_payment_info" },
    { name: "purchase" },
  ],
  [{ name: "add_to_cart" }, { name: "begin_checkout" }, { name: "purchase" }],
);
const service = fc.constantFrom<Step[]>([], [{ name: "support_chat_start" }], [{ name: "refund" }]);
const loyaltyStep = fc.constantFrom<Step[]>(
  [{ name: "join_group" }],
  [{ name: "session_start", source: "newsletter", medium: "email" }],
  [{ name: "share", properties: { content_type: "referral" } }],
  [{ name: "write_review" }],
);
const loyalty = fc.oneof(fc.constant<Step[]>([]), loyaltyStep);
const noiseNames = ["page_view", "scroll", "user_engagement"] as const;
const noise = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...noiseNames)), { maxLength: 4 });

const story = fc.oneof(
  fc
    .tuple(awareness, consideration, purchase, service, loyalty)
    .map((parts) => ({ story: "follows" as Story, steps: parts.flat() })),
  fc
    .tuple(awareness, purchase, service, loyalty)
    .map((parts) => ({ story: "skips-consideration" as Story, steps: parts.flat() })),
  fc
    .tuple(awareness, consideration, purchase, service, loyaltyStep, purchase)
    .map((parts) => ({ story: "repeat-after-loyalty" as Story, steps: parts.flat() })),
  fc.tuple(awareness, consideration, purchase, consideration, purchase).map(([a, c, p, c2, p2]) => ({
    story: "returns-from-ad" as Story,
    steps: [
      ...a,
      ...c,
      ...p,
      { name: "session_start", source: "facebook", medium: "paid_social" },
      ...c2,
      ...p2,
    ],
  })),
);

function toEvents(customers: { steps: Step[] }[], noiseByCustomer: [number, string][][]): JourneyEvent[] {
  return customers.flatMap(({ steps }, index) => {
    const withNoise: Step[] = [...steps];
    for (const [position, name] of noiseByCustomer[index] ?? []) {
      withNoise.splice(position % (withNoise.length + 1), 0, { name });
    }
    return withNoise.map((step, k) => ({
      ...step,
      customerId: `c${index}`,
      timestamp: 1_700_000_000_000 + k * 1000,
    }));
  });
}

const count = <T>(items: readonly T[], keep: (item: T) => boolean) => items.filter(keep).length;

describe("b2cEcommerce against generated shop data", () => {
  const optionalStages = [...templates["b2c-ecommerce"].structure.optional];

  it("follows the map for a customer who visits, views a product and buys", () => {
    const log = EventLog.from(
      toEvents(
        [
          {
            steps: [
              { name: "first_visit" },
              { name: "view_item" },
              { name: "add_to_cart" },
              { name: "purchase" },
            ],
          },
        ],
        [],
      ),
    );
    const report = conformance(b2cEcommerce, log, { optional: optionalStages });
    expect(report.fitness).toBe(1);
    expect(report.stages.map((stage) => stage.customers)).toEqual([1, 1, 1, 0, 0]);
  });

  it("reports skips, backtracks and unrecognised events exactly as the template's documentation says", () => {
    fc.assert(
      fc.property(
        fc
          .array(story, { minLength: 1, maxLength: 30 })
          .chain((customers) =>
            fc.tuple(
              fc.constant(customers),
              fc.array(noise, { minLength: customers.length, maxLength: customers.length }),
            ),
          ),
        ([customers, noiseByCustomer]) => {
          const report = conformance(b2cEcommerce, EventLog.from(toEvents(customers, noiseByCustomer)), {
            optional: optionalStages,
          });
          const stories = customers.map((customer) => customer.story);
          const backtrackers = (to: string) =>
            report.backtracks.filter((move) => move.to === to).reduce((sum, move) => sum + move.customers, 0);

          expect(report.events.ambiguous).toBe(0);
          expect(report.observedCustomers).toBe(customers.length);
          expect(report.conformingCustomers).toBe(count(stories, (s) => s === "follows"));
          expect(report.deviations.skip).toBe(count(stories, (s) => s === "skips-consideration"));
          expect(report.stages.find((stage) => stage.id === "consideration")?.skipped).toBe(
            report.deviations.skip,
          );
          expect(backtrackers("purchase")).toBe(count(stories, (s) => s === "repeat-after-loyalty"));
          expect(backtrackers("awareness")).toBe(count(stories, (s) => s === "returns-from-ad"));
          expect(report.deviations.backtrack).toBe(
            count(stories, (s) => s === "repeat-after-loyalty" || s === "returns-from-ad"),
          );
          const noiseEvents = noiseByCustomer.flat().length;
          expect(report.events.unrecognised).toBe(noiseEvents);
          for (const event of report.unrecognisedEvents) expect(noiseNames).toContain(event.name);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("marks service optional, so loyal customers without a support contact do not skip it", () => {
    const steps: Step[] = [
      { name: "first_visit" },
      { name: "view_item" },
      { name: "purchase" },
      { name: "join_group" },
    ];
    const log = EventLog.from(toEvents([{ steps }], []));
    expect(conformance(b2cEcommerce, log).deviations.skip).toBe(0);
    expect(conformance(b2cEcommerce, log).fitness).toBe(1);
    const reached = (options: Parameters<typeof stageFunnel>[2]) =>
      stageFunnel(b2cEcommerce, log, options).steps.map((step) => step.count);
    expect(b2cEcommerce.stages.filter((stage) => stage.optional).map((stage) => stage.id)).toEqual(
      optionalStages,
    );
    expect(reached({ window: "30d" })).toEqual([1, 1, 1, 0, 1]);
  });
});
