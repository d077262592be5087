// Rewrites a GA4 NDJSON export the way real exports come: rows shuffled (users interleave row by
// row, as BigQuery writes them in no meaningful order) and null fields left out (as many export
// tools write them), so that a figure measured on bench/generator.mjs's output (where most rows
// follow a row of the same user) can be checked on data of another shape.
// Usage: node bench/interleave-export.mjs <in.ndjson> <out.ndjson> [seed]
import { once } from "node:events";
import { createWriteStream, readFileSync } from "node:fs";

const [input, output, seedText = "1"] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  throw new Error("usage: node bench/interleave-export.mjs <in.ndjson> <out.ndjson> [seed]");
}

function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  const kept = {};
  for (const [key, field] of Object.entries(value)) if (field !== null) kept[key] = withoutNulls(field);
  return kept;
}

// A linear congruential generator: the same seed gives the same file on every machine.
let state = Number(seedText) >>> 0;
const random = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state / 2 ** 32;
};

const rows = readFileSync(input, "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.stringify(withoutNulls(JSON.parse(line))));
for (let i = rows.length - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [rows[i], rows[j]] = [rows[j], rows[i]];
}
const out = createWriteStream(output);
for (let i = 0; i < rows.length; i += 1000) {
  if (!out.write(`${rows.slice(i, i + 1000).join("\n")}\n`)) await once(out, "drain");
}
out.end();
await once(out, "finish");
console.log(`${rows.length} rows, shuffled (seed ${seedText}) and without null fields, in ${output}`);
