import type { RecordReorderer } from "@journeykit/core/testing";
import { splitCsvRecords } from "../src/split-csv-records";

/**
 * The conformance kit's `reorderRecords` for comma-separated CSV: the header stays first, and the
 * records after it, each with the blank lines that follow it, go in the order `shuffle` gives.
 * Records are found by splitCsvRecords, the adapter's own record splitter, since a quoted field
 * may hold a line break: a record is every line from where it starts to where the next one does.
 * Each line goes back as it came (a CRLF ending included); the last one gets a line break.
 *
 * @example
 * ```ts
 * await reorderCsvRecords('h\na\n"b\nc"\n', (records) => [...records].reverse()); // 'h\n"b\nc"\na\n'
 * ```
 */
export const reorderCsvRecords: RecordReorderer = async (input, shuffle) => {
  const text = typeof input === "string" ? input : new TextDecoder().decode(input);
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const position = { line: 0 };
  async function* numbered() {
    for (const line of lines) {
      position.line += 1;
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
    }
  }
  const starts: number[] = [];
  for await (const record of splitCsvRecords(numbered(), position, ",")) starts.push(record.line);
  const records = starts.map((start, index) =>
    lines.slice(start - 1, (starts[index + 1] ?? lines.length + 1) - 1),
  );
  const [header = [], ...rows] = records;
  const before = lines.slice(0, (starts[0] ?? lines.length + 1) - 1);
  return [...before, ...header, ...shuffle(rows).flat()].map((line) => `${line}\n`).join("");
};
