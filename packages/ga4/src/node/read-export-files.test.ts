import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readLog } from "@journeykit/core";
import { afterAll, describe, expect, it } from "vitest";
import { ga4Adapter } from "../export/ga4-adapter";
import { readGa4ExportFileLog } from "./read-ga4-export-file-log";

const folder = mkdtempSync(join(tmpdir(), "journeykit-files-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const row = (name: string, micros: number, pseudoId = "p1") =>
  JSON.stringify({
    event_name: name,
    event_timestamp: String(micros),
    user_pseudo_id: pseudoId,
    event_params: [{ key: "ga_session_id", value: { int_value: "7" } }],
  });
const day = [row("session_start", 1_000_000), row("view_item", 2_000_000), row("purchase", 3_000_000, "p2")];
const dayText = `${day.join("\n")}\n`;

describe("readGa4ExportFileLog over several files", () => {
  it("reads a day exported twice (plain and gzip) as the day once, the second copy's rows duplicates", async () => {
    const once = await readLog(ga4Adapter, dayText);
    const twice = await readGa4ExportFileLog([
      write("daily.ndjson", dayText),
      write("again.json.gz", gzipSync(dayText)),
    ]);
    expect([...twice.log]).toEqual([...once.log]);
    expect(twice.report).toMatchObject({
      rowsRead: 2 * day.length,
      eventsEmitted: once.report.eventsEmitted,
      duplicatesRemoved: day.length,
    });
  });

  it("reads files without a final newline as separate rows", async () => {
    const first = write("a.ndjson", day[0] as string);
    const second = write("b.ndjson", `${day[1]}\n${day[2]}`);
    const { report } = await readGa4ExportFileLog([first, second]);
    expect(report.eventsEmitted).toBe(3);
  });

  it("names the file of a bad row and its line in that file", async () => {
    const good = write("good.ndjson", dayText);
    const bad = write("bad.ndjson", `${day[0]}\nnot json\n`);
    const thrown = await readGa4ExportFileLog([good, bad]).catch((error: unknown) => error);
    expect(thrown).toMatchObject({ name: "AdapterReadError", line: 2 });
    expect((thrown as Error).message).toContain("bad.ndjson: ");
    const skipped = await readGa4ExportFileLog([good, bad], { onError: "skip" });
    expect(skipped.report.skipped).toEqual([
      expect.objectContaining({ line: 2, problem: expect.stringMatching(/^bad\.ndjson: /) }),
    ]);
  });

  it("reads JSON arrays one by one, and says that their duplicates across files stay", async () => {
    const array = write("day.json", `[${day.join(",")}]`);
    const { report } = await readGa4ExportFileLog([array, write("copy.json", `[${day.join(",")}]`)]);
    expect(report.duplicatesRemoved).toBe(0);
    expect(report.warnings.some((warning) => warning.startsWith("Some files are JSON arrays"))).toBe(true);
  });

  it("hears progress of every file, and says threads were not used", async () => {
    const heard: number[] = [];
    const files = [write("p1.ndjson", dayText), write("p2.ndjson", dayText)];
    const { report } = await readGa4ExportFileLog(files, {
      threads: 2,
      onProgress: ({ bytes }) => heard.push(bytes),
    });
    expect(heard.at(-1)).toBe(2 * Buffer.byteLength(dayText));
    expect(report.warnings[0]).toMatch(/^threads: 2 was not used: several files are read as one input/);
  });

  it("rejects an empty list", async () => {
    await expect(readGa4ExportFileLog([])).rejects.toMatchObject({
      name: "InvalidOptionError",
      option: "path",
    });
  });
});
