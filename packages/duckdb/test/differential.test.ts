// The DuckDB reader against the JavaScript reader (readLog(ga4Adapter, ...), what readGa4Export
// reads), on generated exports: ties on one microsecond with and without batch columns,
// duplicated rows and rows that differ only in a column no event reads, consent-mode rows,
// interleaved users, sessions past midnight, null fields written and omitted, rows in any order,
// under every option. The DuckDB reader reads files (one,
// gzipped, a JSON array, several by glob or list); the reference reads the same rows as one text.
// Both must give the same log, event for event, and the same counts.
import { join } from "node:path";
import { EventLogBuilder } from "@journeykit/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type ReadGa4LogOptions, readGa4Batches, readGa4Log } from "../src/index";
import {
  ExportFiles,
  expectSameRead,
  loggedEvents,
  readCounts,
  readWithJavascript,
} from "./differential-reads";
import {
  forGeneratedExports,
  generatedRowsArbitrary,
  jsonArrayOf,
  ndjsonOf,
  optionsArbitrary,
  writeRows,
  writingStyleArbitrary,
} from "./generated-exports";

const files = new ExportFiles();
afterAll(() => files.dispose());

/** Reads `source` with DuckDB and `text` with the reference; expects the same read. */
async function expectSameAsJavascript(
  source: string | readonly string[],
  text: string,
  options: ReadGa4LogOptions,
): Promise<void> {
  const [duckdb, javascript] = await Promise.all([
    readGa4Log(source, options),
    readWithJavascript(text, options),
  ]);
  expectSameRead(duckdb, javascript);
}

/** `texts` cut into consecutive parts at the given fractions (parts may be empty). */
function partsOf(texts: readonly string[], cuts: readonly number[]): string[][] {
  const at = [...cuts.map((cut) => Math.floor(cut * (texts.length + 1))), texts.length].sort((a, b) => a - b);
  let start = 0;
  return at.map((end) => {
    const part = texts.slice(start, Math.max(start, end));
    start = Math.max(start, end);
    return part;
  });
}

describe("readGa4Log gives readGa4Export's log on generated exports", () => {
  it("reads an NDJSON file, whatever the options and however its rows are written", async () => {
    await forGeneratedExports(60, async (rows, style, options) => {
      const text = ndjsonOf(writeRows(rows, style));
      await expectSameAsJavascript(files.write("events.ndjson", text), text, options);
    });
  });

  // A JSON array holds the same rows as the NDJSON file: the reference reads them as NDJSON,
  // since readGa4Export takes identical rows of an array for different ones when different white
  // space follows them (the last row, before the closing bracket).
  it("reads the rows as a JSON array, by extension and with format: json-array", async () => {
    await forGeneratedExports(30, async (rows, style, options) => {
      const texts = writeRows(rows, style);
      const array = jsonArrayOf(texts);
      await expectSameAsJavascript(files.write("events.json", array), ndjsonOf(texts), options);
      await expectSameAsJavascript(files.write("events.txt", array), ndjsonOf(texts), {
        ...options,
        format: "json-array",
      });
    });
  });

  it("reads the rows gzipped, as BigQuery exports them to Cloud Storage (.json.gz)", async () => {
    await forGeneratedExports(30, async (rows, style, options) => {
      const text = ndjsonOf(writeRows(rows, style));
      await expectSameAsJavascript(files.write("events.json.gz", text), text, options);
      await expectSameAsJavascript(
        files.write("events-array.json.gz", jsonArrayOf(writeRows(rows, style))),
        text,
        options,
      );
    });
  });

  it("reads several files, by glob and by list, as one read of all their rows (duplicates across files removed)", async () => {
    await fc.assert(
      fc.asyncProperty(
        generatedRowsArbitrary,
        writingStyleArbitrary,
        optionsArbitrary,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
          minLength: 1,
          maxLength: 3,
        }),
        async (rows, style, options, cuts) => {
          const texts = writeRows(rows, style);
          const parts = partsOf(texts, cuts);
          const text = ndjsonOf(texts);
          const folder = files.subfolder();
          const daily = parts.map((part, day) =>
            files.write(`events_2024010${day + 1}.json`, ndjsonOf(part), folder),
          );
          await expectSameAsJavascript(join(folder, "events_*.json"), text, options);
          await expectSameAsJavascript(daily, text, options);
          // One read of files of every format: NDJSON, a JSON array, gzipped NDJSON.
          const mixed = files.subfolder();
          const formats = parts.map((part, index) => {
            const kind = index % 3;
            if (kind === 0) return files.write(`part-${index}.ndjson`, ndjsonOf(part), mixed);
            if (kind === 1) return files.write(`part-${index}.json`, jsonArrayOf(part), mixed);
            return files.write(`part-${index}.json.gz`, ndjsonOf(part), mixed);
          });
          await expectSameAsJavascript(formats, text, options);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("gives the same log as batches (readGa4Batches) as at once", async () => {
    await forGeneratedExports(20, async (rows, style, options) => {
      const text = ndjsonOf(writeRows(rows, style));
      const path = files.write("events.ndjson", text);
      const stream = readGa4Batches(path, options);
      const builder = new EventLogBuilder();
      for await (const batch of stream) builder.addBatch(batch);
      const batches = { log: builder.build(), report: await stream.report };
      expectSameRead(batches, await readWithJavascript(text, options));
      expect(readCounts(batches.report)).toEqual(readCounts((await readGa4Log(path, options)).report));
    });
  });

  it("reads a row written twice, once with its nulls and once without, as readGa4Export does", async () => {
    const row = {
      event_date: "20240101",
      event_timestamp: "1704067200000000",
      event_name: "page_view",
      event_params: [{ key: "page", value: { string_value: "/x", int_value: null, double_value: null } }],
      user_id: null,
      user_pseudo_id: "p1",
      collected_traffic_source: null,
    };
    const omitted = { ...row, user_id: undefined, collected_traffic_source: undefined };
    const text = ndjsonOf([JSON.stringify(row), JSON.stringify(omitted), JSON.stringify(row)]);
    for (const duplicates of ["remove", "keep"] as const) {
      await expectSameAsJavascript(files.write("events.ndjson", text), text, { duplicates });
    }
  });

  it("reads rows spread over files that each lack different columns", async () => {
    const base = { event_timestamp: "1704067200000000", event_name: "a", user_pseudo_id: "p1" };
    const parts = [
      [{ ...base, event_params: [{ key: "page", value: { string_value: "/x" } }] }],
      [
        {
          ...base,
          event_timestamp: "1704067200000001",
          batch_page_id: "1",
          batch_ordering_id: "1",
          batch_event_index: "0",
        },
      ],
      [
        {
          ...base,
          event_timestamp: "1704067200000002",
          user_id: "u1",
          traffic_source: { source: "google", medium: "cpc" },
        },
      ],
    ].map((part) => part.map((row) => JSON.stringify(row)));
    const folder = files.subfolder();
    const paths = parts.map((part, index) => files.write(`events_${index}.ndjson`, ndjsonOf(part), folder));
    for (const options of [{}, { identity: "user-id", trafficSource: "user" }] as const) {
      await expectSameAsJavascript(paths, ndjsonOf(parts.flat()), options);
      await expectSameAsJavascript(join(folder, "*.ndjson"), ndjsonOf(parts.flat()), options);
    }
    expect(loggedEvents((await readGa4Log(paths)).log)).toHaveLength(3);
  });
});
