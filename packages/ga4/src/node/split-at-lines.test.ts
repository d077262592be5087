import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { splitAtLines, startsWithRow } from "./split-at-lines";

const folder = mkdtempSync(join(tmpdir(), "journeykit-split-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let fileCount = 0;

function file(text: string): string {
  fileCount += 1;
  const path = join(folder, `file-${fileCount}.ndjson`);
  writeFileSync(path, text);
  return path;
}

describe("splitAtLines", () => {
  it("cuts a file into non-empty ranges that cover it and start at lines", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Some lines longer than the 64 KiB the cut looks at in one read.
        fc.array(fc.oneof(fc.nat(200), fc.constant(70_000)), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        async (lengths, endsWithNewline, parts) => {
          const text = lengths.map((length) => "x".repeat(length)).join("\n") + (endsWithNewline ? "\n" : "");
          const ranges = await splitAtLines(file(text), text.length, parts);
          expect(ranges.length).toBeGreaterThanOrEqual(1);
          expect(ranges.length).toBeLessThanOrEqual(parts);
          expect(ranges[0]?.start).toBe(0);
          expect(ranges.at(-1)?.end).toBe(text.length);
          ranges.forEach((range, index) => {
            if (text.length > 0) expect(range.end).toBeGreaterThan(range.start);
            if (index > 0) {
              expect(range.start).toBe(ranges[index - 1]?.end);
              expect(text[range.start - 1]).toBe("\n");
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives about equal parts of a file of many short lines", async () => {
    const text = `${"0123456789".repeat(5)}\n`.repeat(10_000);
    const sizes = (await splitAtLines(file(text), text.length, 4)).map((range) => range.end - range.start);
    for (const size of sizes) expect(Math.abs(size - text.length / 4)).toBeLessThanOrEqual(51);
  });
});

describe("startsWithRow", () => {
  it.each([
    ['{"event_name":"a"}\n', true],
    ['  \n\r\n {"event_name":"a"}', true],
    ['[{"event_name":"a"}]', false],
    ['\uFEFF{"event_name":"a"}', false],
    ["   \n", false],
    ["", false],
  ])("%j: %s", async (text, expected) => {
    expect(await startsWithRow(file(text))).toBe(expected);
  });
});
