import { AdapterReadError, EventLog, readLog } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { generateShopEvents, toGa4ExportRow } from "../../../../bench/generator.mjs";
import { ga4Adapter } from "./ga4-adapter";
import type { Ga4ExportOptions } from "./ga4-export-options";
import { readGa4Export } from "./read-ga4-export";

const shop = generateShopEvents({ customers: 40, seed: 3 });
const lines = Array.from({ length: shop.size }, (_, index) => JSON.stringify(toGa4ExportRow(shop, index)));
// A duplicate, a row that is not JSON and a consent-mode row among the generated ones.
const text = [
  ...lines.slice(0, 300),
  lines[5],
  '{"event_name":"page_view",',
  '{"event_timestamp":"1","event_name":"page_view","user_pseudo_id":null}',
  ...lines.slice(300),
].join("\n");

async function viaEvents(options: Ga4ExportOptions) {
  const stream = readGa4Export(text, { ...options, onError: "skip" });
  const log = await EventLog.fromAsync(stream);
  return { log, report: await stream.report };
}

describe("readLog(ga4Adapter)", () => {
  const optionSets: Ga4ExportOptions[] = [
    {},
    { identity: "stitched", order: "timestamp" },
    { include: ["items"] },
  ];
  for (const options of optionSets) {
    it(`builds from batches the log EventLog.fromAsync builds from readGa4Export, with its report (${JSON.stringify(options)})`, async () => {
      const expected = await viaEvents(options);
      const { log, report } = await readLog(ga4Adapter, text, { ...options, onError: "skip" });
      expect(report).toEqual(expected.report);
      expect(report).toMatchObject({ duplicatesRemoved: 1, rowsSkipped: 1, details: { consentModeRows: 1 } });
      expect(log.size).toBe(expected.log.size);
      expect(JSON.stringify([...log])).toBe(JSON.stringify([...expected.log]));
    });
  }

  it("fails as readGa4Export does on a bad row under onError: throw", async () => {
    await expect(readLog(ga4Adapter, text)).rejects.toSatisfy(
      (error) => AdapterReadError.isInstance(error) && (error as AdapterReadError).line === 302,
    );
  });
});
