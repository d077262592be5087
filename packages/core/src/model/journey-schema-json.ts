import * as z from "zod";
import { JOURNEY_FORMAT, JourneySchema } from "./journey";

/**
 * The address the JSON Schema of journey documents is published under (`$id`).
 *
 * @example
 * ```ts
 * JOURNEY_SCHEMA_ID; // "https://unpkg.com/@journeykit/core/journey.schema.json"
 * ```
 */
export const JOURNEY_SCHEMA_ID = "https://unpkg.com/@journeykit/core/journey.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a journey document, generated from the zod schema, so
 * editors can validate and complete journey files. The same schema ships in the package as
 * `@journeykit/core/journey.schema.json`; point a journey file's `$schema` at it.
 *
 * It describes what may be written (fields with defaults are optional). References between
 * ids cannot be expressed in JSON Schema: `defineJourney` checks those.
 *
 * @returns A fresh JSON Schema object.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * writeFileSync("journey.schema.json", JSON.stringify(journeySchemaJson(), null, 2));
 * ```
 */
export function journeySchemaJson(): Record<string, unknown> {
  const schema = z.toJSONSchema(JourneySchema, { target: "draft-2020-12", io: "input" });
  return {
    $schema: schema.$schema,
    $id: JOURNEY_SCHEMA_ID,
    title: `journeykit journey map (${JOURNEY_FORMAT})`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
  };
}
