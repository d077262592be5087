// Bad input read by the DuckDB reader fails or is skipped exactly as the JavaScript reader
// (readLog(ga4Adapter, ...)) fails or skips it on the same text: the same error class, code,
// problem code and line under onError "throw"; the same log and counts (skipped lines and codes
// included) under onError "skip"; and never a raw DuckDB error. Files that are missing, empty or
// cut short, and options the reader does not take, fail with typed errors too.
import { join } from "node:path";
import { AdapterReadError, InvalidOptionError, TooManyBadRecordsError } from "@journeykit/core";
import { afterAll, describe, expect, it } from "vitest";
import { type ReadGa4LogOptions, readGa4Batches, readGa4Log } from "../src/index";
import {
  ExportFiles,
  expectSameRead,
  loggedEvents,
  type Outcome,
  outcomeOf,
  type ReadResult,
  readCounts,
  readWithJavascript,
  typedError,
} from "./differential-reads";
import { jsonArrayOf, ndjsonOf } from "./generated-exports";

const files = new ExportFiles();
afterAll(() => files.dispose());

const BASE_MICROS = 1_704_067_200_000_000;
const session = { key: "ga_session_id", value: { int_value: "1704067200" } };
const row = (fields: object) =>
  JSON.stringify({
    event_date: "20240101",
    event_timestamp: String(BASE_MICROS),
    event_name: "page_view",
    user_pseudo_id: "p1",
    event_params: [session],
    ...fields,
  });
const good = (index: number) => row({ event_timestamp: String(BASE_MICROS + index * 1000) });

/** Each bad row, as the text of its line. */
const BAD_ROWS: Record<string, string> = {
  "a line that is not JSON": '{"event_name": "a", "event_timestamp": ',
  "a row that is an array": "[1, 2]",
  "a row that is a string": '"page_view"',
  "event_name missing": JSON.stringify({ event_timestamp: String(BASE_MICROS), user_pseudo_id: "p1" }),
  "event_name a number": row({ event_name: 5 }),
  "event_name empty": row({ event_name: "" }),
  "event_timestamp missing": JSON.stringify({ event_name: "a", user_pseudo_id: "p1" }),
  'event_timestamp "abc"': row({ event_timestamp: "abc" }),
  "event_timestamp 1.5": row({ event_timestamp: 1.5 }),
  "event_timestamp beyond int64, as a string": row({ event_timestamp: "99999999999999999999" }),
  "event_timestamp beyond int64, as a number": row({ event_timestamp: 1e20 }),
  "user_pseudo_id a number": row({ user_pseudo_id: 5 }),
  "user_id an object": row({ user_id: { id: "u1" } }),
  "event_params an object": row({ event_params: {} }),
  "event_params a string": row({ event_params: "ga_session_id=1" }),
  "a param value that is a string": row({ event_params: [session, { key: "page", value: "/x" }] }),
  "a param whose key is a number": row({
    event_params: [session, { key: 7, value: { string_value: "/x" } }],
  }),
  "a param without a value": row({ event_params: [session, { key: "page" }] }),
  "a null among the params": row({ event_params: [session, null] }),
  'a param int_value "abc"': row({ event_params: [session, { key: "n", value: { int_value: "abc" } }] }),
  "a param int_value beyond int64": row({
    event_params: [session, { key: "n", value: { int_value: "99999999999999999999" } }],
  }),
  "a param int_value 1.5": row({ event_params: [session, { key: "n", value: { int_value: 1.5 } }] }),
  "a param string_value that is a number": row({
    event_params: [session, { key: "page", value: { string_value: 5 } }],
  }),
  "a param double_value that is a string": row({
    event_params: [session, { key: "n", value: { double_value: "4.5" } }],
  }),
  "collected_traffic_source a string": row({ collected_traffic_source: "google / cpc" }),
  "collected_traffic_source.manual_source a number": row({ collected_traffic_source: { manual_source: 5 } }),
  "traffic_source an array": row({ traffic_source: [] }),
  'batch_event_index "abc"': row({ batch_page_id: "1", batch_ordering_id: "1", batch_event_index: "abc" }),
  "duplicate keys (the last wins in JSON.parse)": `{"event_timestamp":"${BASE_MICROS}","event_name":"a","event_name":"b","user_pseudo_id":"p1"}`,
};

/** What a read ended with, in the terms both readers share. */
function summary(outcome: Outcome<ReadResult>) {
  if (outcome.ok) {
    return { events: loggedEvents(outcome.value.log), counts: readCounts(outcome.value.report) };
  }
  const error = typedError(outcome);
  return {
    name: error.name,
    code: error.code,
    problemCode: AdapterReadError.isInstance(error) ? error.problemCode : undefined,
    line: AdapterReadError.isInstance(error) ? error.line : undefined,
    rowsSkipped: TooManyBadRecordsError.isInstance(error) ? error.report.rowsSkipped : undefined,
  };
}

/** Expects the DuckDB read of `path` to end as the JavaScript read of `text` does. */
async function expectSameOutcome(path: string | readonly string[], text: string, options: ReadGa4LogOptions) {
  const duckdb = await outcomeOf(() => readGa4Log(path, options));
  const javascript = await outcomeOf(() => readWithJavascript(text, options));
  expect(summary(duckdb)).toEqual(summary(javascript));
}

const WRITINGS = {
  ndjson: (lines: readonly string[]) => ({ name: "events.ndjson", text: ndjsonOf(lines) }),
  gzip: (lines: readonly string[]) => ({ name: "events.json.gz", text: ndjsonOf(lines) }),
  "JSON array": (lines: readonly string[]) => ({ name: "events.json", text: jsonArrayOf(lines) }),
};

describe("bad rows get the JavaScript reader's typed errors and skips", () => {
  for (const [writing, write] of Object.entries(WRITINGS)) {
    for (const [bad, line] of Object.entries(BAD_ROWS)) {
      it(`${bad} (${writing}): the same error under "throw", the same log and counts under "skip"`, async () => {
        // A good row repeats, so that a skipped row's neighbours are deduplicated too (not as the
        // last row: readGa4Export takes an array's last row, before the bracket, for another text).
        const { name, text } = write([good(1), good(2), line, good(1), good(3)]);
        const path = files.write(name, text);
        for (const onError of ["throw", "skip"] as const) {
          await expectSameOutcome(path, text, { onError });
        }
        await expectSameOutcome(path, text, { onError: "skip", identity: "stitched", params: [] });
      });
    }
  }

  it("counts lines as the JavaScript reader does across blank lines, CRLF and a byte order mark", async () => {
    const lines = [good(1), "", "   ", good(2), BAD_ROWS['event_timestamp "abc"'] as string, good(3)];
    for (const text of [lines.join("\r\n"), `\uFEFF${lines.join("\n")}`, `\n\n${lines.join("\n")}\n\n`]) {
      const path = files.write("events.ndjson", text);
      for (const onError of ["throw", "skip"] as const) await expectSameOutcome(path, text, { onError });
    }
  });

  it("stops after maxBadRecords as the JavaScript reader does, and skips up to it", async () => {
    const bad = Object.values(BAD_ROWS).slice(0, 6);
    const text = ndjsonOf([good(1), ...bad, good(2)]);
    const path = files.write("events.ndjson", text);
    for (const maxBadRecords of [0, 2, 5, 6, 100]) {
      await expectSameOutcome(path, text, { onError: "skip", maxBadRecords });
    }
  });

  it("skips a bad row in one of several files and reads the rest, counting it as the JavaScript reader does", async () => {
    const parts = [
      [good(1), good(2)],
      [good(3), BAD_ROWS["event_name a number"] as string, good(1)],
    ];
    const folder = files.subfolder();
    const paths = parts.map((lines, index) => files.write(`events_${index}.ndjson`, ndjsonOf(lines), folder));
    const skipped = await readGa4Log(paths, { onError: "skip" });
    const reference = await readWithJavascript(ndjsonOf(parts.flat()), { onError: "skip" });
    expect(loggedEvents(skipped.log)).toEqual(loggedEvents(reference.log));
    expect(skipped.report.rowsSkipped).toBe(reference.report.rowsSkipped);
    expect(skipped.report.skipped.map(({ code }) => code)).toEqual(
      reference.report.skipped.map(({ code }) => code),
    );
    const thrown = typedError(await outcomeOf(() => readGa4Log(paths, { onError: "throw" })));
    expect(AdapterReadError.isInstance(thrown) && thrown.problemCode).toBe(reference.report.skipped[0]?.code);
  });
});

describe("files that are empty, cut short or missing", () => {
  it("reads an empty file (or only blank lines, or an empty array) as the JavaScript reader does", async () => {
    for (const [name, text] of [
      ["events.ndjson", ""],
      ["events.ndjson", "\n\n  \n"],
      ["events.json", "[]"],
      ["events.json.gz", ""],
    ] as const) {
      const path = files.write(name, text);
      await expectSameOutcome(path, text, {});
      await expectSameOutcome([path, files.write("more.ndjson", good(1))], good(1), {});
    }
  });

  it("reads a JSON array missing its closing bracket as the JavaScript reader does, with its warning", async () => {
    const text = `[\n${good(1)},\n${good(2)},\n${good(1)}`;
    const path = files.write("events.json", text);
    for (const onError of ["throw", "skip"] as const) {
      await expectSameOutcome(path, text, { onError });
      const duckdb = await readGa4Log(path, { onError });
      const javascript = await readWithJavascript(text, { onError });
      expectSameRead(duckdb, javascript);
      expect(duckdb.report.warnings).toEqual(expect.arrayContaining([...javascript.report.warnings]));
    }
  });

  it("fails on a file that does not exist with a typed error naming the path", async () => {
    const missing = join(files.folder, "no-such-folder", "events_20240101.json");
    const existing = files.write("events.ndjson", good(1));
    for (const source of [missing, [existing, missing]]) {
      const error = typedError(await outcomeOf(() => readGa4Log(source)));
      expect(error.message).toContain(missing);
    }
  });

  it("fails on a glob that matches no file with a typed error naming it, or reads nothing", async () => {
    const glob = join(files.subfolder(), "events_*.json.gz");
    const outcome = await outcomeOf(() => readGa4Log(glob));
    if (outcome.ok) expect(readCounts(outcome.value.report)).toMatchObject({ rowsRead: 0, eventsEmitted: 0 });
    else expect(typedError(outcome).message).toContain(glob);
  });
});

describe("options the reader does not take", () => {
  const BAD_OPTIONS: [string, object][] = [
    ["fastPath", { fastPath: true }],
    ["order", { order: "timestamp" }],
    ["include", { include: ["items"] }],
    ["identiy", { identiy: "user-id" }],
    ["identity", { identity: "email" }],
    ["trafficSource", { trafficSource: "campaign" }],
    ["params", { params: "page" }],
    ["format", { format: "csv" }],
    ["threads", { threads: 0 }],
    ["threads", { threads: 1.5 }],
    ["onError", { onError: "ignore" }],
    ["maxBadRecords", { maxBadRecords: -1 }],
  ];

  for (const [option, options] of BAD_OPTIONS) {
    it(`rejects ${JSON.stringify(options)} with an InvalidOptionError naming ${option}`, async () => {
      const path = files.write("events.ndjson", good(1));
      const reads: (() => Promise<unknown>)[] = [
        () => readGa4Log(path, options as ReadGa4LogOptions),
        async () => {
          for await (const _batch of readGa4Batches(path, options as ReadGa4LogOptions));
        },
      ];
      for (const read of reads) {
        const error = typedError(await outcomeOf(read));
        expect(InvalidOptionError.isInstance(error)).toBe(true);
        expect(error.option).toBe(option);
      }
    });
  }
});
