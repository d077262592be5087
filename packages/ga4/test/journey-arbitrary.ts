// Test support: small journeys over the test export's event names (a, b, c, d): stages with
// touchpoints whose event matchers may overlap (an event can map to several stages), a stage
// without event matchers, and matchers with conditions on event params.
import { defineJourney, type EventMatcher, type Journey } from "@journeykit/core";
import fc from "fast-check";
import { NAMES } from "./ga4-export-rows";

const STAGES = ["aware", "consider", "buy", "keep"] as const;

const matcher: fc.Arbitrary<EventMatcher> = fc.oneof(
  fc.constantFrom(...NAMES).map((name) => ({ name })),
  fc.record({ name: fc.constantFrom(...NAMES), where: fc.constant({ page: { prefix: "/x" } }) }),
  fc.record({ name: fc.constantFrom(...NAMES), where: fc.constant({ n: { equals: 1 } }) }),
  fc.record({
    name: fc.constantFrom(...NAMES),
    medium: fc.constant({ oneOf: ["cpc", "email"] as string[] }),
  }),
);

/**
 * A journey of four stages, one of them sometimes marked optional; each of 2 to 5 touchpoints
 * belongs to 0 to 2 stages.
 */
export const journeyArbitrary: fc.Arbitrary<Journey> = fc
  .tuple(
    fc.array(
      fc.record({
        stages: fc.subarray([...STAGES], { maxLength: 2 }),
        events: fc.array(matcher, { maxLength: 2 }),
      }),
      { minLength: 2, maxLength: 5 },
    ),
    fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
  )
  .map(([touchpoints, optionalStage]) =>
    defineJourney({
      format: "journeykit/v1",
      id: "shop",
      name: "Shop",
      version: "1",
      touchpoints: touchpoints.map((touchpoint, index) => ({
        id: `tp-${index}`,
        name: `Touchpoint ${index}`,
        channel: "web",
        kind: "digital",
        stages: touchpoint.stages,
        events: touchpoint.events,
      })),
      stages: STAGES.map((id, order) => ({
        id,
        name: id.toUpperCase(),
        order: order + 1,
        ...(id === optionalStage ? { optional: true } : {}),
        touchpoints: touchpoints.flatMap((touchpoint, index) =>
          touchpoint.stages.includes(id) ? [`tp-${index}`] : [],
        ),
      })),
    }),
  );

export { STAGES };
