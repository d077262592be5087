// readGa4ExportFileLog with worker threads, as users run it: the built package, in a Node process
// of its own (test/fixtures/threaded-read.mjs; a worker thread runs the built export-part-worker
// script, and would inherit this test runner's module conditions). The joining itself is tested
// part by part against one read in src/node/join-export-parts.test.ts; here the threads must give
// what one thread gives on a file large enough to be split.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { ReadProgress } from "@journeykit/core/adapter";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../../../.config/ensure-built.mjs";
import { generateShopEvents, toGa4ExportRow } from "../../../bench/generator.mjs";
import type { Ga4ReadReport } from "../src/index";
import type { Ga4ExportFileLogOptions } from "../src/node/index";
import { exportRowsOf, toNdjson } from "./ga4-export-rows";

const folder = mkdtempSync(join(tmpdir(), "journeykit-threads-"));
const path = join(folder, "export.ndjson");
const arrayPath = join(folder, "export.json");
const tiedPath = join(folder, "tied.ndjson");
const tiedShuffledPath = join(folder, "tied-shuffled.ndjson");
const gzipPath = join(folder, "export.json.gz");
let fileSize = 0;

interface Outcome {
  readonly report: Ga4ReadReport;
  readonly size: number;
  readonly events: string;
  readonly heard: ReadProgress[];
  readonly error?: {
    name: string;
    code?: string;
    message: string;
    line?: number;
    option?: string;
    plain: boolean;
  };
}

function read(
  file: string,
  options: Omit<Ga4ExportFileLogOptions, "signal" | "onProgress">,
  mode?: string,
): Outcome {
  const script = fileURLToPath(new URL("./fixtures/threaded-read.mjs", import.meta.url));
  const args = [script, file, JSON.stringify(options), ...(mode === undefined ? [] : [mode])];
  return JSON.parse(
    execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 }),
  ) as Outcome;
}

beforeAll(async () => {
  await ensureBuilt();
  // About 14 MB: three parts of at least 4 MiB. Bad rows, a consent-mode row and duplicates are
  // spread so that each part has some, and a duplicate's first copy is in the first part.
  const shop = generateShopEvents({ customers: 480, seed: 8 });
  const lines = Array.from({ length: shop.size }, (_, index) => JSON.stringify(toGa4ExportRow(shop, index)));
  const rows = [...lines];
  const third = Math.floor(lines.length / 3);
  lines.splice(5, 0, "not json");
  lines.splice(
    third,
    0,
    '{"event_name":"page_view",',
    '{"event_timestamp":"1","event_name":"x","user_pseudo_id":null}',
  );
  lines.splice(2 * third, 0, lines[10] as string, "");
  lines.push(lines[20] as string, "{}");
  const text = `${lines.join("\n")}\n`;
  writeFileSync(path, text);
  writeFileSync(gzipPath, gzipSync(text));
  fileSize = Buffer.byteLength(text);
  writeFileSync(arrayPath, `[${rows.join(",\n")}]`);
  // Rows full of same-microsecond ties, batch columns present and absent, and duplicates, big
  // enough for two parts; and the same rows in another order.
  const [tied] = fc.sample(
    exportRowsOf({ customers: 4000, minutes: 600, minRows: 16_000, maxRows: 16_000 }),
    {
      seed: 12,
      numRuns: 1,
    },
  );
  const tiedLines = toNdjson(tied ?? []).split("\n");
  // Duplicates whose first copies are in the other part.
  tiedLines.splice(12_000, 0, tiedLines[10] as string);
  tiedLines.push(tiedLines[9_000] as string);
  writeFileSync(tiedPath, `${tiedLines.join("\n")}\n`);
  const shuffledLines = tiedLines
    .map((line, index) => ({ line, key: (index * 7919) % 10_007 }))
    .sort((a, b) => a.key - b.key)
    .map(({ line }) => line);
  writeFileSync(tiedShuffledPath, `${shuffledLines.join("\n")}\n`);
}, 300_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function expectSame(threads: Outcome, one: Outcome): void {
  expect(threads.error).toBeUndefined();
  expect(threads.report).toEqual(one.report);
  expect([threads.size, threads.events]).toEqual([one.size, one.events]);
}

describe("readGa4ExportFileLog on worker threads", () => {
  it("gives the log and report one thread gives, with 2 and 3 threads", () => {
    const one = read(path, { onError: "skip" });
    expect(one.report).toMatchObject({
      rowsSkipped: 3,
      duplicatesRemoved: 2,
      details: { consentModeRows: 1 },
    });
    expect(fileSize).toBeGreaterThan(12 * 2 ** 20);
    for (const threads of [2, 3]) expectSame(read(path, { onError: "skip", threads }), one);
  });

  it("gives one log whatever the order of the rows, on one thread and on two", () => {
    const one = read(tiedPath, {});
    expect(one.report.bytesRead).toBeGreaterThan(8 * 2 ** 20);
    expect(one.report.duplicatesRemoved).toBeGreaterThan(0);
    for (const file of [tiedPath, tiedShuffledPath]) {
      for (const threads of [1, 2]) expectSame(read(file, { threads }), one);
    }
  });

  it("fails on the file's first bad row, as one thread does", () => {
    const one = read(path, {});
    const threads = read(path, { threads: 3 });
    expect(threads.error).toMatchObject({ name: "AdapterReadError", line: 6 });
    expect(threads.error?.message).toBe(one.error?.message);
  });

  it("reports progress up to the whole file", () => {
    const { heard, report } = read(path, { onError: "skip", threads: 2 });
    expect(heard.length).toBeGreaterThan(2);
    expect(heard.at(-1)).toEqual({ bytes: fileSize, rows: report.rowsRead });
    heard.forEach((progress, index) => {
      if (index > 0) expect(progress.bytes).toBeGreaterThanOrEqual(heard[index - 1]?.bytes ?? 0);
    });
  });

  it("stops its threads and fails with AdapterAbortError when aborted", () => {
    // The process ends, so no worker thread was left running.
    expect(read(path, { threads: 2 }, "abort").error).toMatchObject({
      name: "AdapterAbortError",
      code: "ADAPTER_ABORTED",
    });
  });

  it("hands the caller's own onProgress error back unchanged", () => {
    expect(read(path, { threads: 2 }, "throw-in-progress").error).toMatchObject({
      message: "the caller's own error",
      plain: true,
    });
  });

  it("reads on one thread, and says so, when the options need every row in one place", () => {
    const one = read(path, { onError: "skip", identity: "stitched" });
    const asked = read(path, { onError: "skip", identity: "stitched", threads: 2 });
    expect(asked.report.warnings[0]).toMatch(/threads: 2 was not used: identity "stitched"/);
    expectSame({ ...asked, report: { ...asked.report, warnings: asked.report.warnings.slice(1) } }, one);
  });

  it("reads a gzip file as the plain one, on one thread whatever threads says", () => {
    const plain = read(path, { onError: "skip" });
    const gzip = read(gzipPath, { onError: "skip" });
    expectSame(gzip, plain);
    // Under 8 MiB on disk, so no warning about the threads, as for any small file.
    expectSame(read(gzipPath, { onError: "skip", threads: 2 }), gzip);
  });

  it("says why a gzip file large enough for threads was read on one", () => {
    // Random text hardly compresses: about 9 MiB of gzip, more than two parts' worth.
    const rows = Array.from({ length: 9000 }, (_, index) =>
      JSON.stringify({
        event_name: "page_view",
        event_timestamp: String(1_704_067_200_000_000 + index),
        user_pseudo_id: `p${index % 50}`,
        event_params: [{ key: "noise", value: { string_value: randomBytes(1000).toString("base64") } }],
      }),
    );
    const big = join(folder, "big.json.gz");
    writeFileSync(big, gzipSync(`${rows.join("\n")}\n`));
    const asked = read(big, { threads: 2 });
    expect(asked.report.warnings[0]).toMatch(/threads: 2 was not used: the file is gzip-compressed/);
    expect(asked.report.rowsRead).toBe(9000);
  });

  it("reads a JSON array on one thread, and says so", () => {
    const { report } = read(arrayPath, { threads: 2 });
    expect(report.format).toBe("json-array");
    expect(report.warnings[0]).toMatch(/not newline-delimited rows/);
  });

  it("rejects a threads option that is not a whole number of at least 1", () => {
    for (const threads of [0, 1.5, -2]) {
      expect(read(path, { threads }).error).toMatchObject({ name: "InvalidOptionError", option: "threads" });
    }
  });

  it("fails on a missing file as one thread does", () => {
    const missing = join(folder, "missing.ndjson");
    const one = read(missing, {});
    expect(one.error?.name).toBe("AdapterReadError");
    expect(read(missing, { threads: 2 }).error).toEqual(one.error);
  });
});
