import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tinyAdapter, tinyLineCells } from "../../test/adapters";
import { ADAPTER_FAILURE, AdapterReadError } from "../errors/adapter-read-error";
import { JourneykitError } from "../errors/journeykit-error";
import { EventLogBuilder } from "../event-log/event-log-builder";
import { AdapterAbortError } from "./adapter-abort-error";
import type { AdapterContext } from "./adapter-definition";
import { defineAdapter } from "./define-adapter";
import { readAll } from "./read-all";
import { readLog } from "./read-log";

/**
 * The tiny format ("customer,epoch-ms,event" per line) parsed into a batch per `perBatch` lines,
 * counting the lines that start with "#" as comments in its own details.
 */
function tinyBatchAdapter(perBatch: number) {
  return defineAdapter({
    id: "tiny-batches",
    formats: ["tiny"],
    details: { comments: 0 },
    async *parseBatches(lines, context) {
      let builder = new EventLogBuilder();
      for await (const line of lines) {
        if (line === "") continue;
        if (line.startsWith("#")) {
          context.count("comments");
          continue;
        }
        context.countRow();
        const cells = tinyLineCells(line, context as AdapterContext);
        if (cells === undefined) continue;
        builder.add(cells.event);
        if (builder.size === perBatch) {
          yield builder.toBatch();
          builder = new EventLogBuilder();
        }
      }
      yield builder.toBatch();
    },
  });
}

const line = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom("a", "b", "c"), fc.integer({ min: 0, max: 50 }), fc.constantFrom("view", "buy"))
      .map(([c, t, n]) => `${c},${t},${n}`),
  },
  { weight: 1, arbitrary: fc.constant("# note") },
  { weight: 1, arbitrary: fc.constant("oops") },
);

describe("adapters that parse batches", () => {
  it("offer readBatches, and read() yields the events of the batches in order", async () => {
    const adapter = tinyBatchAdapter(2);
    expect(typeof adapter.readBatches).toBe("function");
    const text = "a,1,view\n# note\nb,2,view\na,3,buy\n";
    const { events, report } = await readAll(adapter, text);
    expect(events).toEqual([
      { customerId: "a", timestamp: 1, name: "view" },
      { customerId: "b", timestamp: 2, name: "view" },
      { customerId: "a", timestamp: 3, name: "buy" },
    ]);
    expect(report).toMatchObject({ rowsRead: 3, eventsEmitted: 3, details: { comments: 1 } });
  });

  it("give the same log and report through readLog as an event adapter of the same format", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        async (lines, perBatch) => {
          const text = lines.join("\n");
          const batches = await readLog(tinyBatchAdapter(perBatch), text, { onError: "skip" });
          const events = await readLog(tinyAdapter, text.replaceAll("# note", ""), { onError: "skip" });
          expect([...batches.log]).toEqual([...events.log]);
          expect(batches.report.eventsEmitted).toBe(batches.log.size);
          expect(batches.report.rowsSkipped).toBe(events.report.rowsSkipped);
          expect(batches.report.skipped.map((record) => record.code)).toEqual(
            events.report.skipped.map((record) => record.code),
          );
          expect(batches.report.details.comments).toBe(lines.filter((text) => text === "# note").length);
        },
      ),
    );
  });

  it("count the batches' events as emitted, and their bad records as in parse", async () => {
    const stream = tinyBatchAdapter(10).readBatches?.("a,1,view\noops\nb,2,buy\n", { onError: "skip" });
    let size = 0;
    for await (const batch of stream ?? []) size += batch.size;
    const report = await stream?.report;
    expect(size).toBe(2);
    expect(report).toMatchObject({
      eventsEmitted: 2,
      rowsSkipped: 1,
      skipped: [{ line: 2, code: "TINY_BAD_LINE" }],
    });
  });

  it("fail the read with ADAPTER_FAILURE on a malformed batch, adding nothing from it", async () => {
    const broken = defineAdapter({
      id: "broken",
      formats: ["x"],
      async *parseBatches() {
        yield {
          ...new EventLogBuilder().add({ customerId: "a", timestamp: 1, name: "view" }).toBatch(),
          timestamp: Float64Array.of(Number.NaN),
        };
      },
    });
    const error = await readLog(broken, "x").catch((caught: unknown) => caught);
    expect(AdapterReadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ problemCode: ADAPTER_FAILURE });
    expect((error as Error).message).toMatch(/malformed batch.*timestamp/);
  });

  it("stop read() between two events of one batch when the signal aborts", async () => {
    const controller = new AbortController();
    const stream = tinyBatchAdapter(10).read("a,1,view\na,2,buy\nb,3,view\n", { signal: controller.signal });
    const names: string[] = [];
    await expect(
      (async () => {
        for await (const event of stream) {
          names.push(event.name);
          controller.abort();
        }
      })(),
    ).rejects.toThrow(AdapterAbortError);
    expect(names).toEqual(["view"]);
  });

  it("are rejected by defineAdapter without a parser or with bad details", () => {
    expect(() => defineAdapter({ id: "none", formats: [] } as never)).toThrow(
      /needs parse .* or parseBatches/,
    );
    expect(() =>
      defineAdapter({ id: "bad", formats: [], details: { rows: "0" }, async *parse() {} } as never),
    ).toThrow(JourneykitError);
  });
});

describe("readLog", () => {
  it("reads an event adapter's events into a log sorted as every log is", async () => {
    const { log, report } = await readLog(tinyAdapter, "b,2,view\na,3,buy\na,1,view\n");
    expect(log.customerCount).toBe(2);
    expect([...log].map((event) => `${event.customerId}${event.timestamp}`).sort()).toEqual([
      "a1",
      "a3",
      "b2",
    ]);
    expect(report.eventsEmitted).toBe(3);
  });

  it("fails as the read fails", async () => {
    const error = await readLog(tinyAdapter, "a,1,view\noops\n").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "ADAPTER_READ", line: 2 });
  });
});
