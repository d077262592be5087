// Reading an export in parts and joining them must give what one read of the whole file gives.
// The parts are read here in-process, one after another (the worker threads only run this same
// readExportPart), at cut points fast-check chooses, over files with the rows that make joining
// hard: a duplicate whose first copy is in another part, bad rows in several parts, blank lines,
// consent-mode rows, bytes that are not UTF-8.
import { JourneykitError, readLog } from "@journeykit/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generateShopEvents, toGa4ExportRow } from "../../../../bench/generator.mjs";
import { cutsAt, partReader } from "../../test/read-in-parts";
import { ga4Adapter } from "../export/ga4-adapter";

const shop = generateShopEvents({ customers: 8, seed: 21 });
const rows = Array.from({ length: shop.size }, (_, index) => JSON.stringify(toGa4ExportRow(shop, index)));
const encoder = new TextEncoder();

const SPECIAL_LINES = [
  "", // a blank line
  '{"event_name":"page_view",', // truncated
  "not json at all",
  '{"event_timestamp":"1704144720591876","user_pseudo_id":"x"}', // no event_name
  '{"event_timestamp":"1704144720591876","event_name":"page_view","user_pseudo_id":null}', // consent mode
] as const;

/** A line of the file: a generated row, a copy of an earlier one, a special line, or invalid UTF-8. */
const lineArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.nat(rows.length - 1).map((index) => ({ row: index })) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_LINES).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constant({ invalidUtf8: true }) },
);

function fileBytes(
  lines: readonly ({ row: number } | { text: string } | { invalidUtf8: boolean })[],
): Uint8Array {
  const parts = lines.map((line) => {
    if ("row" in line) return encoder.encode(rows[line.row]);
    if ("text" in line) return encoder.encode(line.text);
    // A row whose page title has a byte that is not UTF-8: the replacement-character warning.
    return encoder
      .encode((rows[0] as string).replace("https://", "https://\u0000"))
      .map((byte) => (byte === 0 ? 0xff : byte));
  });
  const total = parts.reduce((sum, part) => sum + part.length + 1, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    bytes[offset + part.length] = 10;
    offset += part.length + 1;
  }
  return bytes;
}

const parts = partReader();
afterAll(() => parts.dispose());

async function settle<T>(run: () => Promise<T>): Promise<{ value: T } | { error: unknown }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

const optionsArbitrary = fc
  .record(
    {
      onError: fc.constantFrom("throw" as const, "skip" as const),
      maxBadRecords: fc.nat(4),
      duplicates: fc.constantFrom("remove" as const, "keep" as const),
      trafficSource: fc.constantFrom("event" as const, "session" as const),
      identity: fc.constantFrom("pseudo" as const, "user-id" as const),
    },
    { requiredKeys: ["onError"] },
  )
  .map((options) => (options.onError === "skip" ? options : { ...options, maxBadRecords: undefined }));

describe("reading an export in parts and joining them", () => {
  it("gives the log, report or error one read of the whole file gives, wherever the cuts fall", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArbitrary, { minLength: 1, maxLength: 60 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 4 }),
        optionsArbitrary,
        async (lines, picks, options) => {
          // Files are read in parts only when they start with a row (readGa4ExportFileLog checks).
          const bytes = fileBytes([{ row: 0 }, ...lines]);
          const whole = await settle(() => readLog(ga4Adapter, bytes, options));
          const joined = await settle(() => parts.read(bytes, cutsAt(bytes, picks), options));
          if ("error" in whole) {
            expect("error" in joined).toBe(true);
            const [expected, actual] = [
              whole.error as JourneykitError,
              (joined as { error: JourneykitError }).error,
            ];
            expect(JourneykitError.isInstance(actual)).toBe(true);
            expect([actual.name, actual.code]).toEqual([expected.name, expected.code]);
            // The first bad row in file order is the one named, whichever part found it first.
            if (expected.code === "ADAPTER_READ") expect(actual.message).toBe(expected.message);
            return;
          }
          if ("error" in joined) throw joined.error;
          expect(joined.value.report).toEqual(whole.value.report);
          expect(JSON.stringify([...joined.value.log])).toBe(JSON.stringify([...whole.value.log]));
        },
      ),
      { numRuns: 80 },
    );
  });

  it("finds a duplicate whose first copy is in an earlier part", async () => {
    const bytes = fileBytes([{ row: 3 }, { row: 4 }, { row: 5 }, { row: 3 }]);
    const { report, log } = await parts.read(bytes, cutsAt(bytes, [0.5]), {});
    expect(report.duplicatesRemoved).toBe(1);
    expect(log.size).toBe(3);
  });

  it("counts lines from the file's start in every part", async () => {
    const bytes = fileBytes([{ row: 1 }, { text: "" }, { text: "oops" }, { row: 2 }, { text: "oops" }]);
    const { report } = await parts.read(bytes, cutsAt(bytes, [0.4, 0.7]), { onError: "skip" });
    expect(report.skipped.map((record) => record.line)).toEqual([3, 5]);
  });
});
