import { describe, expectTypeOf, it } from "vitest";
import type {
  AttributionOptions,
  AttributionResult,
  SegmentCondition,
  SegmentDefinition,
  SegmentDefinitionInput,
} from "../index";
import { bySegment, defineSegment, EventLog } from "../index";

describe("segmentation and attribution types", () => {
  it("accepts nested conditions written as const", () => {
    const segment = {
      id: "loyal",
      where: {
        and: [{ did: "purchase", atLeast: 2, within: "90d" }, { not: { property: "plan", in: ["free"] } }],
      },
    } as const;
    expectTypeOf(segment).toExtend<SegmentDefinitionInput>();
    expectTypeOf(defineSegment(segment)).toEqualTypeOf<SegmentDefinition>();
  });

  it("rejects forms outside the language", () => {
    // @ts-expect-error `between` is not a condition; use range: { min, max }
    const between: SegmentCondition = { property: "age", between: [1, 2] };
    // @ts-expect-error a period is a duration with a unit, or { from, to }
    const period: SegmentCondition = { did: "purchase", within: "3 days" };
    expectTypeOf([between, period]).not.toBeAny();
  });

  it("types attribution models and results", () => {
    expectTypeOf({
      conversion: "purchase",
      model: { name: "time-decay", halfLife: "3d" },
    } as const).toExtend<AttributionOptions>();
    expectTypeOf({ conversion: "purchase", model: "markov" } as const).toExtend<AttributionOptions>();
    // @ts-expect-error data-driven is not a model here
    const unknown: AttributionOptions = { conversion: "purchase", model: "data-driven" };
    expectTypeOf(unknown).not.toBeAny();
    expectTypeOf<AttributionResult["markov"]>().toExtend<object | undefined>();
  });

  it("keeps the analysis' result type in a breakdown", () => {
    const breakdown = bySegment(EventLog.from([]), {}, [], (log) => log.size);
    expectTypeOf(breakdown.segments[0]?.result).toEqualTypeOf<number | undefined>();
  });
});
