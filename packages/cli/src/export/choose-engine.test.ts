import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ga4ExportRows, generateShopEvents, writeNdjson } from "../../../../bench/generator.mjs";
import type { CliIo } from "../cli-io";
import { run } from "../main";

// As when @journeykit/duckdb is installed but its native DuckDB binding is broken: importing it fails.
vi.mock("@journeykit/duckdb", () => {
  throw new Error("duckdb.node: invalid ELF header");
});

const scratch = mkdtempSync(join(tmpdir(), "journeykit-cli-no-duckdb-"));
const exportFile = join(scratch, "events.ndjson");
const funnel = ["funnel", exportFile, "--steps", "view_item,add_to_cart,purchase", "--json"];

async function runCli(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stderrIsTTY: false,
    cwd: scratch,
  };
  const exitCode = await run(args, io);
  return { exitCode, stdout: out.join(""), stderr: err.join("") };
}

beforeAll(async () => {
  await writeNdjson(ga4ExportRows(generateShopEvents({ customers: 40, seed: 3 })), exportFile);
});

describe("the CLI when DuckDB cannot be loaded", () => {
  it("reads with the js engine by default, saying why in one line on stderr", async () => {
    const fallback = await runCli(funnel);
    const js = await runCli([...funnel, "--engine", "js"]);
    expect(js).toMatchObject({ exitCode: 0, stderr: "" });
    expect(fallback.exitCode).toBe(0);
    expect(fallback.stdout).toBe(js.stdout);
    expect(fallback.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(fallback.stderr).toContain("reading with the js engine: DuckDB could not be loaded (");
  });

  it("says so in the summary", async () => {
    const table = await runCli(funnel.filter((arg) => arg !== "--json"));
    expect(table.stdout).toContain("with the js engine.");
  });

  it("exits 2 for --engine duckdb, saying how to install it", async () => {
    const result = await runCli([...funnel, "--engine", "duckdb"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("--engine duckdb needs @journeykit/duckdb");
    expect(result.stderr).toContain("npm install --global @journeykit/duckdb");
    expect(result.stdout).toBe("");
  });
});
