// The journeykit demo (`pnpm demo` at the repository root, after the build): write a
// deterministic sample GA4 BigQuery export of a made-up web shop with the benchmark generator,
// then run `journeykit report` on it with the B2C e-commerce template. The result is
// demo/report.html at the repository root: one self-contained file to open in any browser.
import { mkdirSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { processIo, run } from "@journeykit/cli";
import { ga4ExportRows, generateShopEvents, writeNdjson } from "../../bench/generator.mjs";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const demoFolder = fileURLToPath(new URL("../../demo/", import.meta.url));
const customers = Number(process.env.DEMO_CUSTOMERS ?? 3000);
mkdirSync(demoFolder, { recursive: true });

const exportFile = `${demoFolder}sample-ga4-export.ndjson`;
const events = generateShopEvents({ customers, seed: 2024 });
await writeNdjson(ga4ExportRows(events), exportFile);
console.log(`Wrote a sample GA4 export of ${customers} customers to ${relative(repoRoot, exportFile)}\n`);

const exitCode = await run(
  ["report", relative(repoRoot, exportFile), "--template", "b2c-ecommerce", "--out", "demo/report.html"],
  { ...processIo(), cwd: repoRoot },
);
if (exitCode === 0)
  console.log("\nOpen demo/report.html in a browser to see the journey map, the stage funnel and the paths.");
process.exitCode = exitCode;
