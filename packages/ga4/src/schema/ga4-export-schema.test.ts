import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coalesceParamValue } from "../export/coalesce-param-value";
import { GA4_PARAM_VALUE_FIELDS } from "./ga4-export-schema";

const SAMPLE: Record<(typeof GA4_PARAM_VALUE_FIELDS)[number], unknown> = {
  string_value: "text",
  int_value: "7",
  double_value: 2.5,
  float_value: 1.25,
};
const READ: Record<(typeof GA4_PARAM_VALUE_FIELDS)[number], unknown> = { ...SAMPLE, int_value: 7 };

function coalesce(set: readonly (typeof GA4_PARAM_VALUE_FIELDS)[number][]) {
  const field = (name: (typeof GA4_PARAM_VALUE_FIELDS)[number]) => (set.includes(name) ? SAMPLE[name] : null);
  return coalesceParamValue(
    field("string_value"),
    field("int_value"),
    field("float_value"),
    field("double_value"),
  );
}

describe("the GA4 export schema", () => {
  it("orders param value fields as readGa4Export coalesces them (and toSql compiles them)", () => {
    GA4_PARAM_VALUE_FIELDS.forEach((first, i) => {
      for (const later of GA4_PARAM_VALUE_FIELDS.slice(i + 1)) {
        expect(coalesce([first, later])).toEqual(READ[first]);
      }
    });
  });

  it("imports nothing, so @journeykit/ga4/schema costs sql and the CLI no reader code", () => {
    const source = readFileSync(new URL("./ga4-export-schema.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*import\b/m);
  });
});
