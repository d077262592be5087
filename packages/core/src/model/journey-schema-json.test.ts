import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { journeySchemaJson } from "./journey-schema-json";

const readJson = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
const shippedSchema = readJson("../../journey.schema.json");
const exampleJourney = readJson("../../../../examples/journeys/web-shop.journey.json");

describe("journey.schema.json", () => {
  it("is what journeySchemaJson() generates (rebuild with `pnpm build` after changing the model)", () => {
    expect(shippedSchema).toEqual(journeySchemaJson());
  });

  it("validates the example journey with a real JSON Schema validator", () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(shippedSchema);
    const valid = validate(exampleJourney);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("rejects what the zod schema rejects: a wrong format tag, an unknown field, an emotion of 3", () => {
    const validate = new Ajv2020({ strict: false }).compile(shippedSchema);
    expect(validate({ ...exampleJourney, format: "journeykit/v0" })).toBe(false);
    expect(validate({ ...exampleJourney, colour: "blue" })).toBe(false);
    const [first, ...rest] = exampleJourney.stages;
    expect(validate({ ...exampleJourney, stages: [{ ...first, emotions: { kari: 3 } }, ...rest] })).toBe(
      false,
    );
  });
});
