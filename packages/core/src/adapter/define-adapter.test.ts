import { describe, expect, it } from "vitest";
import * as z from "zod";
import { tinyAdapter } from "../../test/adapters";
import { ADAPTER_FAILURE, AdapterReadError } from "../errors/adapter-read-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { JourneykitError } from "../errors/journeykit-error";
import type { JourneyEvent } from "../model/journey-event";
import { AdapterAbortError } from "./adapter-abort-error";
import { defineAdapter } from "./define-adapter";
import { readAll } from "./read-all";
import { READ_REPORT_LIST_LIMIT } from "./read-report";
import { TooManyBadRecordsError } from "./too-many-bad-records-error";

const good = "c-1,1000,signup\nc-1,2000,purchase\n";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

describe("defineAdapter", () => {
  it("makes a v1 adapter with the definition's id and formats", () => {
    expect(tinyAdapter.specificationVersion).toBe("v1");
    expect(tinyAdapter.id).toBe("tiny");
    expect(tinyAdapter.formats).toEqual(["tiny"]);
  });

  it("reads events and reports what it read", async () => {
    const { events, report } = await readAll(tinyAdapter, good);
    expect(events).toEqual([
      { customerId: "c-1", timestamp: 1000, name: "signup" },
      { customerId: "c-1", timestamp: 2000, name: "purchase" },
    ]);
    expect(report).toEqual({
      adapter: "tiny",
      bytesRead: good.length,
      rowsRead: 2,
      eventsEmitted: 2,
      rowsSkipped: 0,
      skipped: [],
      duplicatesRemoved: 0,
      warnings: [],
      details: {},
    });
  });

  it("stops at the first bad record by default, saying which line and why", async () => {
    const error = await rejection(readAll(tinyAdapter, `${good}oops\nc-2,3000,signup\n`));
    expect(AdapterReadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: "ADAPTER_READ",
      line: 3,
      problem: 'expected "customer,epoch-ms,event", got "oops"',
      problemCode: "TINY_BAD_LINE",
      adapter: "tiny",
    });
    expect((error as Error).message).toMatch(/line 3: expected .* got "oops".*onError: "skip"/);
  });

  it('skips and counts bad records with onError: "skip"', async () => {
    const { events, report } = await readAll(tinyAdapter, `oops\n${good}bad,x,y\n`, { onError: "skip" });
    expect(events.map((event) => event.name)).toEqual(["signup", "purchase"]);
    expect(report.rowsRead).toBe(4);
    expect(report.rowsSkipped).toBe(2);
    expect(report.skipped.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 1, code: "TINY_BAD_LINE" },
      { line: 4, code: "TINY_BAD_LINE" },
    ]);
  });

  it("allows exactly maxBadRecords bad records, then fails with the report so far (as BigQuery does)", async () => {
    const input = "x\nc-1,1,a\ny\nz\nc-1,2,b\n";
    await expect(readAll(tinyAdapter, input, { onError: "skip", maxBadRecords: 3 })).resolves.toMatchObject({
      report: { rowsSkipped: 3 },
    });
    const stream = tinyAdapter.read(input, { onError: "skip", maxBadRecords: 2 });
    const error = await rejection(readAll(tinyAdapter, input, { onError: "skip", maxBadRecords: 2 }));
    expect(TooManyBadRecordsError.isInstance(error)).toBe(true);
    const { report, maxBadRecords } = error as TooManyBadRecordsError;
    expect(maxBadRecords).toBe(2);
    expect(report.rowsSkipped).toBe(3);
    expect(report.skipped.map((skipped) => skipped.line)).toEqual([1, 3, 4]);
    expect((error as Error).message).toMatch(/3 bad records, more than maxBadRecords \(2\).*line 4/);
    // The report of the stream rejects with the same error as its iteration.
    const iterated = rejection(
      (async () => {
        for await (const _ of stream);
      })(),
    );
    expect(await rejection(stream.report)).toBe(await iterated);
  });

  it("fails on the first bad record when maxBadRecords is 0", async () => {
    const error = await rejection(
      readAll(tinyAdapter, "c-1,1,a\nbad\n", { onError: "skip", maxBadRecords: 0 }),
    );
    expect(TooManyBadRecordsError.isInstance(error)).toBe(true);
  });

  it("keeps the first READ_REPORT_LIST_LIMIT skipped records but counts them all", async () => {
    const input = "bad\n".repeat(READ_REPORT_LIST_LIMIT + 50);
    const { report } = await readAll(tinyAdapter, input, { onError: "skip" });
    expect(report.rowsSkipped).toBe(READ_REPORT_LIST_LIMIT + 50);
    expect(report.skipped).toHaveLength(READ_REPORT_LIST_LIMIT);
    expect(report.skipped.at(-1)?.line).toBe(READ_REPORT_LIST_LIMIT);
  });

  it("rejects invalid options with a typed error naming the option", async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ onError: "ignore" }, "onError", /must be "throw" or "skip"/],
      [{ onError: "skip", maxBadRecords: -1 }, "maxBadRecords", /must be a non-negative integer/],
      [{ onError: "skip", maxBadRecords: 1.5 }, "maxBadRecords", /must be a non-negative integer/],
      [{ maxBadRecords: 3 }, "maxBadRecords", /it limits skipped records, so it needs onError: "skip"/],
      [{ signal: {} }, "signal", /must be an AbortSignal/],
      [{ onProgress: "yes" }, "onProgress", /must be a function/],
      [42, "options", /must be an object/],
    ];
    for (const [options, option, message] of cases) {
      const error = await rejection(readAll(tinyAdapter, good, options as never));
      expect(error).toMatchObject({ code: "INVALID_OPTION", option });
      expect((error as Error).message).toMatch(message);
      // At the call, before the stream is iterated.
      expect(() => tinyAdapter.read(good, options as never)).toThrow(InvalidOptionError);
    }
  });

  it("checks the adapter's own options against its optionsSchema at the call", () => {
    const strict = defineAdapter<{ delimiter?: string }>({
      id: "strict",
      formats: ["txt"],
      optionsSchema: z.strictObject({ delimiter: z.string().length(1).optional() }),
      async *parse() {},
    });
    expect(() => strict.read(good, { delimiter: ";", onError: "skip" })).not.toThrow();
    for (const [options, option] of [
      [{ delimter: ";" }, "delimter"],
      [{ delimiter: ";;" }, "delimiter"],
    ] as const) {
      expect(() => strict.read(good, options as never)).toThrow(
        expect.objectContaining({ code: "INVALID_OPTION", option }),
      );
    }
  });

  it("rejects input that is no AdapterInput with a typed error", async () => {
    for (const input of [42, null, {}, [new Uint8Array([65])]]) {
      const error = await rejection(readAll(tinyAdapter, input as never));
      expect(error).toMatchObject({ code: "ADAPTER_INPUT" });
    }
    async function* numbers() {
      yield 1;
    }
    const error = await rejection(readAll(tinyAdapter, numbers() as never));
    expect((error as Error).message).toMatch(/a chunk that is a number/);
  });

  it("treats an event that breaks the contract as a bad record, never passing it on", async () => {
    const careless = defineAdapter({
      id: "careless",
      formats: ["x"],
      async *parse(lines, context) {
        for await (const line of lines) {
          context.countRow();
          yield { customerId: line, timestamp: Number.NaN, name: "x" } as JourneyEvent;
        }
      },
    });
    const error = await rejection(readAll(careless, "a\n"));
    expect(error).toMatchObject({ line: 1, problemCode: "INVALID_EVENT" });
    const { events, report } = await readAll(careless, "a\nb\n", { onError: "skip" });
    expect(events).toEqual([]);
    expect(report.skipped[1]).toMatchObject({ line: 2, code: "INVALID_EVENT" });
    expect(report.skipped[1]?.problem).toMatch(/timestamp is not valid: expected a finite number/);
  });

  it("turns an unexpected error of the adapter into a typed ADAPTER_FAILURE, keeping the cause", async () => {
    const buggy = defineAdapter({
      id: "buggy",
      formats: ["x"],
      // biome-ignore lint/correctness/useYield: the bug is that it throws before yielding
      async *parse(lines) {
        for await (const line of lines) (line as unknown as { a: { b: number } }).a.b;
      },
    });
    const error = await rejection(readAll(buggy, "first\nsecond\n"));
    expect(AdapterReadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ line: 1, problemCode: ADAPTER_FAILURE });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/bug in the adapter/);
  });

  it("passes an error thrown by the caller's onProgress through unchanged", async () => {
    const mine = new RangeError("mine");
    const error = await rejection(
      readAll(tinyAdapter, good, {
        onProgress: () => {
          throw mine;
        },
      }),
    );
    expect(error).toBe(mine);
  });

  it("reports progress in bytes and rows, ending at the totals", async () => {
    const seen: { bytes: number; rows: number }[] = [];
    const chunks = ["c-1,1000,sig", "nup\nc-1,2000,", "purchase\n"];
    async function* input() {
      yield* chunks;
    }
    const { report } = await readAll(tinyAdapter, input(), { onProgress: (progress) => seen.push(progress) });
    expect(seen.length).toBeGreaterThanOrEqual(chunks.length);
    for (let index = 1; index < seen.length; index++) {
      expect(seen[index]?.bytes).toBeGreaterThanOrEqual(seen[index - 1]?.bytes ?? 0);
      expect(seen[index]?.rows).toBeGreaterThanOrEqual(seen[index - 1]?.rows ?? 0);
    }
    expect(seen.at(-1)).toEqual({ bytes: report.bytesRead, rows: report.rowsRead });
    expect(report.bytesRead).toBe(good.length);
  });

  it("puts the detected format, duplicates and warnings in the report", async () => {
    const counting = defineAdapter({
      id: "counting",
      formats: ["a", "b"],
      async *parse(lines, context) {
        context.format = "b";
        for await (const line of lines) {
          context.countRow();
          if (line === "dup") context.duplicate();
          else yield { customerId: "c", timestamp: 1, name: line };
        }
        for (let index = 0; index < READ_REPORT_LIST_LIMIT + 2; index++) context.warn(`warning ${index}`);
      },
    });
    const { report } = await readAll(counting, "x\ndup\ndup\n");
    expect(report.format).toBe("b");
    expect(report.duplicatesRemoved).toBe(2);
    expect(report.warnings).toHaveLength(READ_REPORT_LIST_LIMIT + 1);
    expect(report.warnings.at(-1)).toBe("... and 2 more warnings");
  });

  it("warns when the input had bytes that are not UTF-8", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("c-1,1,caf"), 0xff, 0x0a]);
    const { events, report } = await readAll(tinyAdapter, bytes);
    expect(events[0]?.name).toBe("caf\uFFFD");
    expect(report.warnings).toEqual([expect.stringMatching(/not valid UTF-8/)]);
  });

  it("can be iterated once; a second iteration is a typed error", async () => {
    const stream = tinyAdapter.read(good);
    for await (const _ of stream);
    await expect(stream.report).resolves.toMatchObject({ eventsEmitted: 2 });
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already been iterated/);
  });

  it("resolves the report with a warning when the consumer stops early", async () => {
    const stream = tinyAdapter.read(good);
    for await (const _ of stream) break;
    const report = await stream.report;
    expect(report.eventsEmitted).toBe(1);
    expect(report.warnings).toEqual([expect.stringMatching(/stopped reading after 1 events/)]);
  });

  it("stops with an AdapterAbortError when the signal is already aborted", async () => {
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    controller.abort(reason);
    const error = await rejection(readAll(tinyAdapter, good, { signal: controller.signal }));
    expect(AdapterAbortError.isInstance(error)).toBe(true);
    expect((error as AdapterAbortError).cause).toBe(reason);
    expect((error as AdapterAbortError).report.eventsEmitted).toBe(0);
  });

  it("stops between events when the signal aborts mid-read", async () => {
    const controller = new AbortController();
    const stream = tinyAdapter.read(good, { signal: controller.signal });
    const names: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const event of stream) {
          names.push(event.name);
          controller.abort();
        }
      })(),
    );
    expect(names).toEqual(["signup"]);
    expect(AdapterAbortError.isInstance(error)).toBe(true);
    expect((error as AdapterAbortError).report.eventsEmitted).toBe(1);
  });

  it("rejects a malformed definition when it is defined", () => {
    for (const definition of [
      { id: "", formats: [], parse() {} },
      { id: "x", formats: "csv", parse() {} },
      { id: "x", formats: [], source: "rows", parse() {} },
      { id: "x", formats: [] },
    ]) {
      let caught: unknown;
      try {
        defineAdapter(definition as never);
      } catch (error) {
        caught = error;
      }
      expect(JourneykitError.isInstance(caught) && caught.code).toBe("ADAPTER_DEFINITION");
    }
  });
});
