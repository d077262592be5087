import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ga4ExportRows, generateShopEvents } from "../../../bench/generator.mjs";
import { ensureBuilt, runBinary } from "./built-binary";

const scratch = mkdtempSync(join(tmpdir(), "journeykit-cli-engine-"));
const plainFolder = join(scratch, "plain");
const gzipFolder = join(scratch, "gzip");
const funnelArgs = ["--steps", "view_item,add_to_cart,purchase", "--window", "7d", "--json"];
const reportArgs = (name: string) => ["--template", "b2c-ecommerce", "--out", join(scratch, `${name}.html`)];

/** The summary without what differs by design: the engine's name and where the report went. */
const summaryNumbers = (stdout: string) =>
  stdout.replace(/ with (DuckDB|the js engine):/, " with ?:").replace(/Report written to .*/, "");

beforeAll(async () => {
  await ensureBuilt();
  mkdirSync(plainFolder);
  mkdirSync(gzipFolder);
  // One file a day, as BigQuery exports them: rows repeated by GA4 are on the same day, so the
  // js engine, which removes duplicates within a file only, sees the same duplicates as DuckDB.
  const days = new Map<string, string[]>();
  for (const row of ga4ExportRows(generateShopEvents({ customers: 300, seed: 11 }))) {
    const day = String(row.event_date);
    const lines = days.get(day) ?? [];
    lines.push(JSON.stringify(row));
    days.set(day, lines);
  }
  for (const [day, lines] of days) {
    const text = `${lines.join("\n")}\n`;
    writeFileSync(join(plainFolder, `events_${day}.ndjson`), text);
    writeFileSync(join(gzipFolder, `events_${day}.json.gz`), gzipSync(text));
  }
}, 300_000);

describe("journeykit --engine", () => {
  it("reads a folder of gzipped daily files with DuckDB by default, with the js engine's numbers for the plain files", () => {
    const duckdb = runBinary(["report", gzipFolder, ...reportArgs("duckdb")]);
    expect(duckdb.stderr).toBe("");
    expect(duckdb.exitCode).toBe(0);
    expect(duckdb.stdout).toContain(" rows with DuckDB: ");
    const js = runBinary(["report", plainFolder, ...reportArgs("js"), "--engine", "js"]);
    expect(js.exitCode).toBe(0);
    expect(js.stdout).toContain(" rows with the js engine: ");
    expect(summaryNumbers(duckdb.stdout)).toBe(summaryNumbers(js.stdout));
    const funnel = (folder: string, engine: string) =>
      runBinary(["funnel", folder, ...funnelArgs, "--engine", engine]).stdout;
    expect(funnel(gzipFolder, "duckdb")).toBe(funnel(plainFolder, "js"));
  });

  it("reads the files a shell glob expands to, and a quoted glob, as one read like the folder", () => {
    const names = readdirSync(gzipFolder).sort();
    expect(names.length).toBeGreaterThan(1);
    const folder = runBinary(["report", gzipFolder, ...reportArgs("folder")]);
    // journeykit report events_*.json.gz --template b2c-ecommerce, in the folder
    const expanded = runBinary(["report", ...names, ...reportArgs("expanded")], { cwd: gzipFolder });
    expect(expanded.exitCode).toBe(0);
    expect(summaryNumbers(expanded.stdout)).toBe(summaryNumbers(folder.stdout));
    const quoted = runBinary(["report", "events_*.json.gz", ...reportArgs("quoted")], { cwd: gzipFolder });
    expect(quoted.exitCode).toBe(0);
    expect(summaryNumbers(quoted.stdout)).toBe(summaryNumbers(folder.stdout));
    expect(readFileSync(join(scratch, "quoted.html"), "utf8")).toContain("<svg");
  });

  it("removes a row repeated in two files of one read, on either engine", () => {
    const [first] = readdirSync(gzipFolder).sort();
    const copy = join(scratch, "copy-of-first-day.json.gz");
    writeFileSync(copy, readFileSync(join(gzipFolder, first as string)));
    for (const engine of ["duckdb", "js"]) {
      const once = runBinary(["funnel", gzipFolder, ...funnelArgs, "--engine", engine]);
      expect(once.exitCode).toBe(0);
      expect(runBinary(["funnel", gzipFolder, copy, ...funnelArgs, "--engine", engine]).stdout).toBe(
        once.stdout,
      );
    }
  });

  it("gives the same funnel on one DuckDB thread and on several", () => {
    const one = runBinary(["funnel", gzipFolder, ...funnelArgs, "--threads", "1"]);
    expect(one.exitCode).toBe(0);
    expect(runBinary(["funnel", gzipFolder, ...funnelArgs, "--threads", "2"]).stdout).toBe(one.stdout);
  });

  it("with --engine js, reads gzip files as the plain ones, and says to use --engine duckdb for quoted globs", () => {
    const gzip = runBinary(["funnel", gzipFolder, ...funnelArgs, "--engine", "js"]);
    expect(gzip.exitCode).toBe(0);
    expect(gzip.stdout).toBe(runBinary(["funnel", plainFolder, ...funnelArgs, "--engine", "js"]).stdout);
    const glob = runBinary(["funnel", "plain/events_*.ndjson", ...funnelArgs, "--engine", "js"], {
      cwd: scratch,
    });
    expect(glob.exitCode).toBe(2);
    expect(glob.stderr).toContain("--engine duckdb");
  });

  it("names what a folder holds besides export files, instead of leaving it out unseen", () => {
    const folder = join(scratch, "with-notes");
    mkdirSync(join(folder, "archive"), { recursive: true });
    for (const name of readdirSync(plainFolder))
      writeFileSync(join(folder, name), readFileSync(join(plainFolder, name)));
    writeFileSync(join(folder, "notes.txt"), "not an export");
    const read = runBinary(["funnel", folder, ...funnelArgs]);
    expect(read.exitCode).toBe(0);
    expect(read.stderr).toContain("2 entries were not read (archive/, notes.txt)");
    expect(read.stdout).toBe(runBinary(["funnel", plainFolder, ...funnelArgs]).stdout);
  });

  it("exits 2 for an unknown engine, and for --engine duckdb with --adapter", () => {
    const unknown = runBinary(["funnel", plainFolder, ...funnelArgs, "--engine", "sqlite"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("--engine must be one of duckdb, js");
    const adapter = runBinary([
      "funnel",
      plainFolder,
      ...funnelArgs,
      "--engine",
      "duckdb",
      "--adapter",
      "./x.mjs",
    ]);
    expect(adapter.exitCode).toBe(2);
    expect(adapter.stderr).toContain("leave out --engine duckdb");
  });
});
