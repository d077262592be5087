import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readLog } from "@journeykit/core";
import { ga4Adapter } from "@journeykit/ga4";
import { afterAll, describe, expect, it } from "vitest";
import { readGa4Log } from "./read-ga4-log";

const folder = mkdtempSync(join(tmpdir(), "journeykit-duckdb-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function row(name: string, micros: number, extra: Record<string, unknown> = {}) {
  return {
    event_name: name,
    event_timestamp: String(micros),
    user_pseudo_id: "p1",
    event_params: [
      { key: "ga_session_id", value: { int_value: "17" } },
      { key: "page_location", value: { string_value: "https://shop.example/" } },
    ],
    ...extra,
  };
}

const rows = [
  row("session_start", 1_000_000, {
    collected_traffic_source: { manual_source: "google", manual_medium: "cpc" },
  }),
  row("view_item", 2_000_000, { event_params: [{ key: "value", value: { double_value: 12.5 } }] }),
  row("view_item", 2_000_000, { event_params: [{ key: "value", value: { double_value: 12.5 } }] }),
  { event_name: "page_view", event_timestamp: "3000000" },
  row("purchase", 4_000_000, {
    user_id: "u1",
    batch_page_id: "1",
    batch_ordering_id: "2",
    batch_event_index: "3",
  }),
];
const ndjson = `${rows.map((value) => JSON.stringify(value)).join("\n")}\n`;

function write(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const eventsOf = (log: Iterable<unknown>) => [...log];

describe("readGa4Log", () => {
  it("gives the log and the counts readGa4Export gives for the same rows", async () => {
    const expected = await readLog(ga4Adapter, ndjson);
    const { log, report } = await readGa4Log(write("rows.ndjson", ndjson));
    expect(eventsOf(log)).toEqual(eventsOf(expected.log));
    expect(report).toMatchObject({
      adapter: "ga4-duckdb",
      rowsRead: expected.report.rowsRead,
      eventsEmitted: expected.report.eventsEmitted,
      duplicatesRemoved: expected.report.duplicatesRemoved,
      details: { consentModeRows: expected.report.details.consentModeRows, filesRead: 1, fallbackFiles: 0 },
    });
  });

  it("reads gzip files and removes duplicates across the files of one read", async () => {
    const first = write("events_1.json.gz", gzipSync(ndjson));
    write("events_2.json.gz", gzipSync(ndjson));
    const expected = await readLog(ga4Adapter, ndjson);
    const { log, report } = await readGa4Log(join(folder, "events_*.json.gz"));
    expect(eventsOf(log)).toEqual(eventsOf(expected.log));
    expect(report.details.filesRead).toBe(2);
    // Every event row of the second file repeats one of the first; consent rows are never duplicates.
    const eventRows = expected.report.rowsRead - expected.report.details.consentModeRows;
    expect(report.duplicatesRemoved).toBe(expected.report.duplicatesRemoved + eventRows);
    expect(report.details.consentModeRows).toBe(2 * expected.report.details.consentModeRows);
    expect(first).toContain(folder);
  });

  it("tells onProgress the bytes as it reads, ending at the file's size", async () => {
    const path = write("progress.ndjson", ndjson);
    const seen: number[] = [];
    const { report } = await readGa4Log(path, { onProgress: ({ bytes }) => seen.push(bytes) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((bytes, k) => k === 0 || bytes >= (seen[k - 1] as number))).toBe(true);
    expect(seen.at(-1)).toBe(Buffer.byteLength(ndjson));
    expect(report.bytesRead).toBe(Buffer.byteLength(ndjson));
  });

  it("stops with an AdapterAbortError when the signal aborts", async () => {
    const controller = new AbortController();
    controller.abort(new Error("enough"));
    const found = await readGa4Log(write("abort.ndjson", ndjson), { signal: controller.signal }).catch(
      (error: unknown) => error,
    );
    expect(found).toMatchObject({ name: "AdapterAbortError" });
  });

  it("reads a row DuckDB would convert on its own with readGa4Export, with its error and line", async () => {
    const bad = `${ndjson}${JSON.stringify({ ...row("x", 5), user_pseudo_id: 42 })}\n`;
    const path = write("bad.ndjson", bad);
    const expected = await readLog(ga4Adapter, bad).catch((error: unknown) => error);
    const found = await readGa4Log(path).catch((error: unknown) => error);
    expect(found).toMatchObject({
      name: "AdapterReadError",
      line: 6,
      problemCode: (expected as { problemCode: string }).problemCode,
    });
    const skipped = await readGa4Log(path, { onError: "skip" });
    expect(skipped.report.rowsSkipped).toBe(1);
    expect(skipped.report.details.fallbackFiles).toBe(1);
    // The bytes DuckDB had read before it handed the file on are not counted twice.
    expect(skipped.report.bytesRead).toBe(Buffer.byteLength(bad));
  });
});
