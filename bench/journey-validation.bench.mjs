// defineJourney (schema + reference checks) against ajv validating the same documents with the
// shipped journey.schema.json (schema only, compiled once). Measures whether validating maps is
// ever a cost worth thinking about; it is not on a hot path.
import { readFileSync } from "node:fs";
import { defineJourney } from "@journeykit/core";
import Ajv2020 from "ajv/dist/2020.js";
import { bestOf, formatRow } from "./timing.mjs";

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const schema = read("../packages/core/journey.schema.json");
const example = read("../examples/journeys/web-shop.journey.json");
const documents = Array.from({ length: 2000 }, () => structuredClone(example));

const validate = new Ajv2020({ strict: false }).compile(schema);
const ajv = bestOf(5, () => documents.every((document) => validate(document)));
const ours = bestOf(5, () => documents.every((document) => defineJourney(document).id === "web-shop"));
if (!ajv.result || !ours.result) throw new Error("both validators must accept the example journey");
console.log(formatRow("defineJourney x2000 vs ajv (schema only)", ours.ms, ajv.ms));
