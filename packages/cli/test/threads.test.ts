import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ga4ExportRows, generateShopEvents, writeNdjson } from "../../../bench/generator.mjs";
import { ensureBuilt, runBinary } from "./built-binary";

const scratch = mkdtempSync(join(tmpdir(), "journeykit-cli-threads-"));
const exportFile = join(scratch, "export.ndjson");
const steps = ["--steps", "view_item,add_to_cart,purchase", "--window", "7d", "--json"];

beforeAll(async () => {
  await ensureBuilt();
  // Large enough (over 8 MiB) for the GA4 reader to use more than one thread.
  await writeNdjson(ga4ExportRows(generateShopEvents({ customers: 360, seed: 4 })), exportFile);
}, 300_000);

describe.each(["js", "duckdb"])("journeykit --threads with --engine %s", (engine) => {
  const funnel = (input: string, ...more: string[]) =>
    runBinary(["funnel", input, ...steps, "--engine", engine, ...more]);

  it("gives the same funnel and report summary on one thread and on several", () => {
    expect(statSync(exportFile).size).toBeGreaterThan(8 * 2 ** 20);
    const one = funnel(exportFile, "--threads", "1");
    expect(one.exitCode).toBe(0);
    expect(funnel(exportFile, "--threads", "3").stdout).toBe(one.stdout);
    const summary = (threads: string) =>
      runBinary([
        "report",
        exportFile,
        "--template",
        "b2c-ecommerce",
        "--out",
        join(scratch, `r${threads}-${engine}.html`),
        "--threads",
        threads,
        "--engine",
        engine,
      ]).stdout.replace(/Report written to .*/, "");
    expect(summary("2")).toBe(summary("1"));
  });

  it("joins a folder of files into the log the whole export in one file gives", () => {
    const lines = readFileSync(exportFile, "utf8").trimEnd().split("\n");
    const folder = join(scratch, "daily");
    mkdirSync(folder, { recursive: true });
    const half = Math.floor(lines.length / 2);
    writeFileSync(join(folder, "events_1.ndjson"), `${lines.slice(0, half).join("\n")}\n`);
    writeFileSync(join(folder, "events_2.ndjson"), `${lines.slice(half).join("\n")}\n`);
    const whole = funnel(exportFile);
    expect(whole.exitCode).toBe(0);
    expect(funnel(folder).stdout).toBe(whole.stdout);
  });
});

describe("journeykit --threads", () => {
  it("exits 2 for a count below 1, or with --adapter", () => {
    const zero = runBinary(["funnel", exportFile, ...steps, "--threads", "0"]);
    expect(zero.exitCode).toBe(2);
    expect(zero.stderr).toContain("--threads takes a whole number of 1 or more");
    const adapter = runBinary(["funnel", exportFile, ...steps, "--threads", "2", "--adapter", "./x.mjs"]);
    expect(adapter.exitCode).toBe(2);
    expect(adapter.stderr).toContain("--threads works with GA4 exports only");
  });
});
