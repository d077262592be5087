import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readGa4ExportFileLog } from "./read-ga4-export-file-log";

const folder = mkdtempSync(join(tmpdir(), "journeykit-ga4-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("readGa4ExportFileLog on one thread", () => {
  it("reads an export file from disk, a row split across its 1 MiB chunks included", async () => {
    const path = join(folder, "events_20240301.json");
    // About 2.5 MB, so that rows straddle the chunk boundaries; the first row is padded with a
    // long multi-byte param so that a character is cut by a boundary too.
    const first = JSON.stringify({
      event_timestamp: "1",
      event_name: "page_view",
      user_pseudo_id: "p0",
      event_params: [{ key: "page_title", value: { string_value: "ø".repeat(600_000) } }],
    });
    const rows = [first];
    for (let index = 1; index <= 20_000; index += 1) {
      rows.push(
        JSON.stringify({
          event_timestamp: String(index * 1000),
          event_name: "scroll",
          user_pseudo_id: `p${index % 7}`,
        }),
      );
    }
    writeFileSync(path, `${rows.join("\n")}\n`);
    const { log, report } = await readGa4ExportFileLog(path);
    expect(log.size).toBe(20_001);
    const padded = log.columns.customerStart[log.customerIndex("p0")] as number;
    expect(log.property(padded, "page_title")).toBe("ø".repeat(600_000));
    expect(report).toMatchObject({
      rowsRead: 20_001,
      eventsEmitted: 20_001,
      rowsSkipped: 0,
      format: "ndjson",
    });
  });
});
