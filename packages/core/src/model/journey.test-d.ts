import { describe, expectTypeOf, it } from "vitest";
import type { Journey, JourneyInput } from "../index";
import { defineJourney } from "./define-journey";

describe("journey types", () => {
  it("lets inputs omit fields that have defaults", () => {
    expectTypeOf({
      format: "journeykit/v1" as const,
      id: "j",
      name: "J",
      version: "1",
      stages: [{ id: "s", name: "S", order: 1 }],
    }).toExtend<JourneyInput>();
  });

  it("returns a deeply readonly journey with defaults present", () => {
    const journey = defineJourney({
      format: "journeykit/v1",
      id: "j",
      name: "J",
      version: "1",
      stages: [{ id: "s", name: "S", order: 1 }],
    });
    expectTypeOf(journey).toEqualTypeOf<Journey>();
    expectTypeOf(journey.stages[0]).toEqualTypeOf<Journey["stages"][number] | undefined>();
    expectTypeOf(journey.tags).toEqualTypeOf<readonly string[]>();
    // @ts-expect-error a validated journey cannot be mutated
    journey.stages[0].name = "changed";
  });

  it("rejects an unknown status at compile time", () => {
    // @ts-expect-error "paused" is not a journey status
    const status: JourneyInput["status"] = "paused";
    expectTypeOf(status).toEqualTypeOf<"draft" | "researched" | "live" | "retired" | undefined>();
  });
});
