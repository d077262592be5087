// Runs every bench/*.bench.mjs in turn (`pnpm bench`). Each prints journeykit's time, its peer's
// time in the same run, and their ratio; timings on a shared 2-core machine are noisy, so only
// ratios are meant to be compared.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const folder = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv[2];
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".bench.mjs") && (!only || name.includes(only)))
  .sort();
for (const name of files) {
  console.log(`\n## ${name.replace(/\.bench\.mjs$/, "")}`);
  await import(pathToFileURL(`${folder}/${name}`).href);
}
