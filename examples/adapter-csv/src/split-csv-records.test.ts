import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRecord, splitCsvRecords } from "./split-csv-records";

/** Runs splitCsvRecords over `text` split at "\n" (CRLF handled as defineAdapter does). */
async function recordsOf(text: string, delimiter = ","): Promise<CsvRecord[]> {
  const position = { line: 0 };
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  async function* source() {
    for (const line of lines) {
      position.line += 1;
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
    }
  }
  const records: CsvRecord[] = [];
  for await (const record of splitCsvRecords(source(), position, delimiter)) records.push(record);
  return records;
}

/** Writes fields as RFC 4180 says: quoted when they hold a delimiter, quote or line break. */
function writeCsv(rows: string[][], lineEnd: string): string {
  const cell = (field: string) => (/[",\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  return rows.map((row) => row.map(cell).join(",")).join(lineEnd) + lineEnd;
}

describe("splitCsvRecords", () => {
  it("reads the examples of RFC 4180, section 2", async () => {
    const records = await recordsOf('aaa,"b\r\nbb",ccc\r\nzzz,yyy,xxx\r\n"aaa","b""bb","ccc"\r\n');
    expect(records).toEqual([
      { fields: ["aaa", "b\nbb", "ccc"], line: 1 },
      { fields: ["zzz", "yyy", "xxx"], line: 3 },
      { fields: ["aaa", 'b"bb', "ccc"], line: 4 },
    ]);
  });

  it("marks broken quoting as a problem of the record, not an exception", async () => {
    const records = await recordsOf('a,b"c\n"a"b,c\nok,"open\n');
    expect(records.map((record) => [record.line, record.problem?.code])).toEqual([
      [1, "CSV_STRAY_QUOTE"],
      [2, "CSV_TEXT_AFTER_QUOTE"],
      [3, "CSV_UNCLOSED_QUOTE"],
    ]);
  });

  it("reads back any rows it is given, written with LF or CRLF (fast-check)", async () => {
    const field = fc.string({
      unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\u00e9", "\u{1F600}"),
      maxLength: 8,
    });
    // A row of one empty field would be a blank line, which is not a record.
    const row = fc
      .array(field, { minLength: 1, maxLength: 5 })
      .filter((fields) => fields.length > 1 || fields[0] !== "");
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 6 }),
        fc.constantFrom("\n", "\r\n"),
        async (rows, lineEnd) => {
          const records = await recordsOf(writeCsv(rows, lineEnd));
          expect(records.map((record) => record.fields)).toEqual(rows);
          expect(records.every((record) => record.problem === undefined)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
