// Writes journey.schema.json from the built package, so the shipped file is generated from the
// zod schema and cannot drift from it (a test also compares the committed file with the source).
import { writeFileSync } from "node:fs";
import { journeySchemaJson } from "../dist/schemas.js";

const target = new URL("../journey.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(journeySchemaJson(), null, 2)}\n`);
