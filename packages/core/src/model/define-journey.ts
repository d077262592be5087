import { JourneyValidationError } from "../errors/journey-validation-error";
import type { Journey, JourneyInput } from "./journey";
import { safeParseJourney } from "./safe-parse-journey";

/**
 * Validates a journey map and returns it typed, with defaults filled in, stages sorted by
 * `order`, and deeply frozen.
 *
 * Beyond the schema it checks references: unique ids per collection; touchpoints, KPIs and
 * emotion personas that exist; touchpoints and stages that list each other; stage orders
 * 1..n without gaps.
 *
 * @param input - A journey document (a literal, or parsed JSON).
 * @returns The validated journey.
 * @throws {@link JourneyValidationError} listing every issue with its `code` and `path`.
 *
 * @example
 * ```ts
 * import { defineJourney } from "@journeykit/core";
 *
 * const journey = defineJourney({
 *   format: "journeykit/v1",
 *   id: "web-shop",
 *   name: "Web shop",
 *   version: "1.0.0",
 *   touchpoints: [{ id: "pdp", name: "Product page", channel: "web", kind: "digital", stages: ["consider"], events: [{ name: "view_item" }] }],
 *   stages: [{ id: "consider", name: "Consideration", order: 1, touchpoints: ["pdp"] }],
 * });
 * journey.stages[0]?.name; // "Consideration"
 * ```
 */
export function defineJourney(input: JourneyInput): Journey {
  const result = safeParseJourney(input);
  if (!result.success) throw new JourneyValidationError({ issues: result.issues });
  return result.journey;
}
