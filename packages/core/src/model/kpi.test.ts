import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { journeyWithKpis } from "../../test/journey-with-kpis";
import { defineJourney } from "./define-journey";
import { journeySchemaJson } from "./journey-schema-json";
import { KpiDefinitionSchema, KpiMeasureSchema } from "./kpi";
import { safeParseJourney } from "./safe-parse-journey";

function issuesOf(input: unknown) {
  const result = safeParseJourney(input);
  return result.success ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

describe("KpiMeasureSchema", () => {
  it("accepts every measure type with steps in all three forms", () => {
    for (const measure of [
      { type: "conversion", from: "view_item", to: { name: "add_to_cart" }, within: "1d" },
      {
        type: "drop-off",
        from: "add_to_cart",
        to: { anyOf: ["purchase", "in_app_purchase"] },
        within: 3_600_000,
      },
      { type: "repeat-purchase" },
      { type: "repeat-purchase", purchase: { name: "purchase", where: { currency: { equals: "NOK" } } } },
      { type: "reach", event: "sign_up" },
      { type: "median-time", from: "generate_lead", to: "working_lead" },
    ]) {
      expect(KpiMeasureSchema.parse(measure)).toEqual(measure);
    }
  });

  it("rejects an unknown type, a missing step, an unknown key and a window of zero or no unit", () => {
    for (const measure of [
      { type: "ratio", from: "a", to: "b" },
      { type: "conversion", from: "a" },
      { type: "conversion", from: "a", to: "b", window: "1d" },
      { type: "conversion", from: "a", to: "b", within: 0 },
      { type: "conversion", from: "a", to: "b", within: "0d" },
      { type: "conversion", from: "a", to: "b", within: "-1d" },
      { type: "conversion", from: "a", to: "b", within: "7" },
      { type: "reach", event: "" },
    ]) {
      expect({ measure, ok: KpiMeasureSchema.safeParse(measure).success }).toEqual({ measure, ok: false });
    }
  });

  it("is optional on a KPI definition", () => {
    expect(KpiDefinitionSchema.parse({ id: "nps", name: "NPS", kind: "nps" })).not.toHaveProperty("measure");
  });
});

describe("defineJourney with KPI measures", () => {
  it("accepts measures that fit their KPI's kind and unit", () => {
    const journey = defineJourney(
      journeyWithKpis([
        {
          id: "conv",
          name: "C",
          kind: "conversion",
          unit: "percent",
          measure: { type: "conversion", from: "a", to: "b" },
        },
        { id: "drop", name: "D", kind: "drop-off", measure: { type: "drop-off", from: "a", to: "b" } },
        { id: "rep", name: "R", kind: "retention", measure: { type: "repeat-purchase" } },
        { id: "reach", name: "S", kind: "custom", unit: "count", measure: { type: "reach", event: "a" } },
        {
          id: "time",
          name: "T",
          kind: "custom",
          unit: "days",
          measure: { type: "median-time", from: "a", to: "b" },
        },
      ]),
    );
    expect(journey.kpis.map((kpi) => kpi.measure?.type)).toEqual([
      "conversion",
      "drop-off",
      "repeat-purchase",
      "reach",
      "median-time",
    ]);
  });

  it("reports a measure whose type contradicts the KPI's kind, at the measure's type", () => {
    const input = journeyWithKpis([
      {
        id: "nps",
        name: "NPS",
        kind: "nps",
        unit: "score",
        measure: { type: "conversion", from: "a", to: "b" },
      },
      { id: "conv", name: "C", kind: "conversion", measure: { type: "drop-off", from: "a", to: "b" } },
    ]);
    expect(issuesOf(input)).toEqual([
      { code: "measure_kind_mismatch", path: ["kpis", 0, "measure", "type"] },
      { code: "measure_kind_mismatch", path: ["kpis", 1, "measure", "type"] },
    ]);
    const result = safeParseJourney(input);
    expect(result.success ? "" : result.issues[0]?.message).toMatch(/"conversion".*"nps".*"custom"/);
  });

  it("reports a measure whose value is not in the KPI's unit, at the unit", () => {
    const input = journeyWithKpis([
      {
        id: "conv",
        name: "C",
        kind: "conversion",
        unit: "count",
        measure: { type: "conversion", from: "a", to: "b" },
      },
      { id: "reach", name: "S", kind: "custom", measure: { type: "reach", event: "a" } },
      {
        id: "time",
        name: "T",
        kind: "custom",
        unit: "ratio",
        measure: { type: "median-time", from: "a", to: "b" },
      },
    ]);
    expect(issuesOf(input)).toEqual([
      { code: "measure_unit_mismatch", path: ["kpis", 0, "unit"] },
      { code: "measure_unit_mismatch", path: ["kpis", 1, "unit"] },
      { code: "measure_unit_mismatch", path: ["kpis", 2, "unit"] },
    ]);
  });
});

describe("journey.schema.json and KPI measures", () => {
  it("accepts what the zod schema accepts and rejects a window without a unit", () => {
    const validate = new Ajv2020({ strict: false }).compile(journeySchemaJson());
    const measured = (measure: unknown) =>
      journeyWithKpis([{ id: "c", name: "C", kind: "conversion", measure } as never]);
    expect(
      validate(
        measured({ type: "conversion", from: { anyOf: ["a", { name: "b" }] }, to: "c", within: "7d" }),
      ),
    ).toBe(true);
    expect(validate(measured({ type: "repeat-purchase" }))).toBe(true);
    expect(validate(measured({ type: "conversion", from: "a", to: "b", within: "7" }))).toBe(false);
    expect(validate(measured({ type: "conversion", from: "a" }))).toBe(false);
  });
});
