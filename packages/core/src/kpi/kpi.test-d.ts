import { describe, expectTypeOf, it } from "vitest";
import type { KpiMeasurement, NpsCounts, NpsOptions, ScoreInput } from "../index";
import { ces } from "./ces";
import { compareNps } from "./compare-nps";
import { conversionRate } from "./conversion-rate";
import { csat } from "./csat";
import { nps } from "./nps";

describe("KPI types", () => {
  it("accepts arrays with non-responses and every typed array as scores", () => {
    expectTypeOf([10, null, undefined]).toExtend<ScoreInput>();
    expectTypeOf(Uint8Array.of(10)).toExtend<ScoreInput>();
    expectTypeOf(Float64Array.of(10)).toExtend<ScoreInput>();
    // @ts-expect-error scores are numbers, not strings
    nps(["10"]);
  });

  it("checks option literals", () => {
    expectTypeOf<{ interval: "wald" }>().toExtend<NpsOptions>();
    // @ts-expect-error not an NPS interval method
    nps([10], { interval: "wilson" });
    // @ts-expect-error CSAT scales are 3, 5, 7 or 10
    csat([5], { scale: 4 });
  });

  it("makes every KPI result a measurement kpiReport can read, and an NPS result a set of counts", () => {
    expectTypeOf(nps([10])).toExtend<KpiMeasurement>();
    expectTypeOf(nps([10])).toExtend<NpsCounts>();
    expectTypeOf(csat([5])).toExtend<KpiMeasurement>();
    expectTypeOf(ces([5])).toExtend<KpiMeasurement>();
    expectTypeOf(conversionRate(1, 2)).toExtend<KpiMeasurement>();
    expectTypeOf(compareNps(nps([10]), [9, 6]))
      .toHaveProperty("pValue")
      .toEqualTypeOf<number>();
  });
});
