// What a browser app pays for each published entry point: bundled as an app would bundle it
// (esbuild, minified ESM for browsers), from the TypeScript sources through the
// `@journeykit/source` condition so no build is needed. A new entry point fails here until it is
// given a budget or listed as not for browsers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const packagesDir = join(import.meta.dirname, "..", "packages");

/** Minified bytes allowed per entry point: the size measured when it was set, plus about 10 %. */
const budgets: Record<string, number> = {
  "@journeykit/core": 250_000,
  "@journeykit/core/adapter": 126_000,
  "@journeykit/core/internal": 120_000,
  "@journeykit/core/schemas": 131_000,
  "@journeykit/core/stats": 75_000,
  "@journeykit/ga4": 188_000,
  "@journeykit/ga4/internal": 5_500,
  "@journeykit/ga4/schema": 1_500,
  "@journeykit/render": 213_000,
  "@journeykit/sql": 235_000,
  "@journeykit/sql/internal": 114_000,
  "@journeykit/templates": 355_000,
};

/** Entry points that only run under Node or a test runner, so no browser bundle is measured. */
const notForBrowsers = new Set([
  "@journeykit/cli", // the command line
  "@journeykit/core/testing", // runs inside vitest
  "@journeykit/duckdb", // DuckDB is a native module
  "@journeykit/ga4/node", // files and worker threads
]);

interface Entry {
  name: string;
  source: string;
}

function publishedEntries(): Entry[] {
  return readdirSync(packagesDir).flatMap((folder) => {
    const manifest = JSON.parse(readFileSync(join(packagesDir, folder, "package.json"), "utf8"));
    return Object.entries(manifest.exports as Record<string, unknown>).flatMap(([subpath, target]) => {
      const source = (target as Record<string, string>)["@journeykit/source"];
      if (source === undefined) return [];
      return [{ name: manifest.name + subpath.slice(1), source: join(packagesDir, folder, source) }];
    });
  });
}

async function bundleSize(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: packagesDir, loader: "ts" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    conditions: ["@journeykit/source"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const largest = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({
      path: path.replace(/^.*node_modules\//, ""),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 10);
  return { minified: output.length, gzipped: gzipSync(output).length, largest };
}

async function expectWithinBudget(label: string, code: string, budget: number): Promise<void> {
  const size = await bundleSize(code);
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const report = `${label}: ${kB(size.minified)} minified, ${kB(size.gzipped)} gzipped (budget ${kB(budget)})`;
  console.log(report);
  const largest = size.largest.map(({ path, bytes }) => `  ${kB(bytes)} ${path}`).join("\n");
  expect(size.minified, `${report}; largest contributors:\n${largest}`).toBeLessThanOrEqual(budget);
}

describe("browser bundle sizes", () => {
  const entries = publishedEntries();
  const browserEntries = entries.filter(({ name }) => !notForBrowsers.has(name));

  it("has a budget for every entry point that runs in browsers", () => {
    expect(browserEntries.map(({ name }) => name).sort()).toEqual(Object.keys(budgets).sort());
  });

  it.each(browserEntries)("$name stays within its budget", async ({ name, source }) => {
    await expectWithinBudget(name, `export * from ${JSON.stringify(source)};`, budgets[name] ?? 0);
  });

  it("EventLog and funnel alone leave the rest of core and of zod out", async () => {
    // Importing zod as a namespace lets the bundler drop its locales and unused schemas: this was
    // 491 kB before (443 kB of it zod), measured the same way.
    const core = entries.find(({ name }) => name === "@journeykit/core");
    const code = `export { EventLog, funnel } from ${JSON.stringify(core?.source)};`;
    await expectWithinBudget("EventLog + funnel from @journeykit/core", code, 150_000);
  });
});
