import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { ga4ExportRows, generateShopEvents, writeNdjson } from "../../../bench/generator.mjs";
import { chromiumAvailable, chromiumPath, launchChromium } from "../../render/test/chromium";
import { ensureBuilt, repoRoot, runBinary } from "./built-binary";

const outputFolder = join(repoRoot, "test-output");
const exportFile = join(outputFolder, "report-test-export.ndjson");
const reportFile = join(outputFolder, "report.html");
// Under CI a missing browser throws here rather than skipping the browser test.
const haveChromium = chromiumAvailable();

let report: ReturnType<typeof runBinary>;

beforeAll(async () => {
  await ensureBuilt();
  mkdirSync(outputFolder, { recursive: true });
  await writeNdjson(ga4ExportRows(generateShopEvents({ customers: 300, seed: 7 })), exportFile);
  report = runBinary(["report", exportFile, "--template", "b2c-ecommerce", "--out", reportFile]);
}, 300_000);

describe("journeykit report", () => {
  it("writes a report and prints a summary naming the file", () => {
    expect(report.stderr).toBe("");
    expect(report.exitCode).toBe(0);
    expect(report.stdout).toContain("300 customers");
    expect(report.stdout).toContain("Report written to test-output/report.html");
  });

  it("prints the same conversion and fitness as the report it wrote", () => {
    const html = readFileSync(reportFile, "utf8");
    const card = (label: string) =>
      Number(
        new RegExp(`<span class="figure">([\\d.]+)%</span><span class="label">${label}</span>`).exec(
          html,
        )?.[1],
      );
    const printed = (pattern: RegExp) => Number(pattern.exec(report.stdout)?.[1]);
    const conversion = printed(/: ([\d.]+)% of customers who enter reach/);
    const fitness = printed(/Conformance: ([\d.]+)% of customers/);
    expect(conversion).toBeGreaterThan(0);
    expect(fitness).toBeGreaterThan(0);
    expect(card("Conversion through all stages")).toBeCloseTo(conversion, 0);
    expect(card("Fitness")).toBeCloseTo(fitness, 0);
  });

  it("writes one self-contained file: no scripts, stylesheets or images from elsewhere, well-formed SVG", () => {
    const html = readFileSync(reportFile, "utf8");
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    for (const svg of svgs) expect(XMLValidator.validate(svg)).toBe(true);
  });

  it("prints the same numbers as --json funnel would see: a readable table for funnel", () => {
    const funnel = runBinary([
      "funnel",
      exportFile,
      "--steps",
      "view_item,add_to_cart,purchase",
      "--window",
      "7d",
    ]);
    expect(funnel.exitCode).toBe(0);
    const json = runBinary(["funnel", exportFile, "--steps", "view_item,add_to_cart,purchase", "--json"]);
    const result = JSON.parse(json.stdout) as { steps: { label: string; count: number }[] };
    for (const step of result.steps)
      expect(funnel.stdout).toMatch(new RegExp(`${step.label}\\s+${step.count}\\b`));
  });

  it.skipIf(!haveChromium)(
    `opens in Chromium with the map, the funnel and the Sankey, no console errors and no network (needs ${chromiumPath})`,
    async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        const consoleErrors: string[] = [];
        const requests: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") consoleErrors.push(message.text());
        });
        page.on("pageerror", (error) => consoleErrors.push(error.message));
        page.on("request", (request) => {
          if (!request.url().startsWith("file:")) requests.push(request.url());
        });
        await page.goto(`file://${reportFile}`);
        for (const section of ["#journey-map", "#stage-funnel", "#paths"]) {
          const svg = page.locator(`${section} svg`).first();
          await expect(svg.isVisible()).resolves.toBe(true);
          const box = await svg.boundingBox();
          expect(box?.width ?? 0).toBeGreaterThan(300);
        }
        await expect(
          page.locator("#journey-map svg text", { hasText: "Awareness" }).count(),
        ).resolves.toBeGreaterThan(0);
        await page.screenshot({ path: join(outputFolder, "report.png"), fullPage: true });
        expect(consoleErrors).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});
