import { AdapterReadError, JourneykitError, readAll, readLog } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { csvFixtures, fixtureColumns } from "../test/fixtures";
import { reorderCsvRecords } from "../test/reorder-csv-records";
import { csvAdapter } from "./csv-adapter";

const adapter = csvAdapter({ columns: { customerId: "customer", timestamp: "time", name: "event" } });

async function readError(input: string, options = {}): Promise<AdapterReadError> {
  try {
    await readAll(adapter, input, options);
  } catch (error) {
    if (AdapterReadError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected the read to fail");
}

describe("csvAdapter", () => {
  it("reads the orders fixture into the events written by hand", async () => {
    const [orders] = csvFixtures;
    const { events, report } = await readAll(csvAdapter({ columns: fixtureColumns }), orders?.input ?? "");
    expect(events).toEqual(orders?.expectedEvents);
    expect(report.rowsRead).toBe(4);
  });

  it("skips the bad rows of bad-rows.csv with the reasons the guide shows", async () => {
    const badRows = csvFixtures.find((fixture) => fixture.name === "bad-rows.csv");
    const { report } = await readAll(csvAdapter({ columns: fixtureColumns }), badRows?.input ?? "", {
      onError: "skip",
    });
    expect(report.skipped.slice(0, 2)).toEqual([
      {
        line: 3,
        problem: 'the time "not a time" is neither ISO 8601 nor epoch milliseconds',
        code: "CSV_BAD_TIMESTAMP",
      },
      { line: 4, problem: "the row has 8 fields, but the header has 7", code: "CSV_FIELD_COUNT" },
    ]);
    expect(report.skipped.map((skipped) => skipped.code).slice(2)).toEqual([
      "CSV_MISSING_FIELD",
      "CSV_STRAY_QUOTE",
      "CSV_BAD_VALUE",
    ]);
  });

  it("puts unmapped columns in properties, as strings, even when named __proto__", async () => {
    const { events } = await readAll(
      adapter,
      "customer,time,event,__proto__,constructor\nc-1,0,signup,pro,x\n",
    );
    const properties = events[0]?.properties ?? {};
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.hasOwn(properties, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(properties, "__proto__")?.value).toBe("pro");
    expect(properties.constructor).toBe("x");
  });

  it("reads another delimiter, and skips blank lines between records", async () => {
    const semicolons = csvAdapter({
      columns: { customerId: "c", timestamp: "t", name: "e" },
      delimiter: ";",
    });
    const { events, report } = await readAll(semicolons, 'c;t;e\n\nc-1;0;"a;b"\n\n');
    expect(events).toEqual([{ customerId: "c-1", timestamp: 0, name: "a;b" }]);
    expect(report.rowsRead).toBe(1);
  });

  it("stops at a header that lacks a mapped column, whatever onError says", async () => {
    const error = await readError("customer,when,event\nc-1,0,signup\n", { onError: "skip" });
    expect(error).toMatchObject({ line: 1, problemCode: "CSV_MISSING_COLUMN" });
    expect(error.message).toMatch(
      /no column "time" \(mapped to timestamp\); it has "customer", "when", "event".*Set columns\.timestamp/,
    );
  });

  it("stops at a header that names a column twice", async () => {
    expect(await readError("customer,time,event,plan,plan\n")).toMatchObject({
      problemCode: "CSV_DUPLICATE_COLUMN",
    });
  });

  it("reports an unclosed quote at the line where its record starts", async () => {
    const error = await readError('customer,time,event\nc-1,0,signup\nc-2,0,"never closed\nc-3,0,x\n');
    expect(error).toMatchObject({ line: 3, problemCode: "CSV_UNCLOSED_QUOTE" });
  });

  it("keeps an unnamed column only while it is empty (trailing commas)", async () => {
    const { events, report } = await readAll(adapter, "customer,time,event,\nc-1,0,a,\nc-1,1,b,oops\n", {
      onError: "skip",
    });
    expect(events).toEqual([{ customerId: "c-1", timestamp: 0, name: "a" }]);
    expect(report.skipped).toEqual([
      { line: 3, problem: "column 4 has a value but no name in the header", code: "CSV_UNNAMED_COLUMN" },
    ]);
  });

  it("warns when the input is empty", async () => {
    const { events, report } = await readAll(adapter, "");
    expect(events).toEqual([]);
    expect(report.warnings).toEqual([expect.stringMatching(/no header row/)]);
  });

  it("rejects invalid options with a typed error naming the option", () => {
    const invalid = [
      { columns: { customerId: "", timestamp: "t", name: "e" } },
      { columns: { customerId: "c", timestamp: "t" } },
      { columns: { customerId: "c", timestamp: "t", name: "e" }, delimiter: '"' },
      { columns: { customerId: "c", timestamp: "t", name: "e", channel: "ch" } },
      { columns: { customerId: "c", timestamp: "t", name: "e" }, batchSize: 0 },
    ];
    for (const options of invalid) {
      let caught: unknown;
      try {
        csvAdapter(options as never);
      } catch (error) {
        caught = error;
      }
      expect(JourneykitError.isInstance(caught) && caught.code).toBe("CSV_OPTIONS");
    }
  });

  it("offers batches: readLog builds the same log from them as from the events, in batchSize pieces", async () => {
    const [orders] = csvFixtures;
    const batched = csvAdapter({ columns: fixtureColumns, batchSize: 3 });
    const sizes: number[] = [];
    for await (const batch of batched.readBatches?.(orders?.input ?? "") ?? []) sizes.push(batch.size);
    expect(sizes).toEqual([3, 1]);
    const { log, report } = await readLog(batched, orders?.input ?? "");
    const { readBatches: _batches, ...eventsOnly } = batched;
    expect([...log]).toEqual([...(await readLog(eventsOnly, orders?.input ?? "")).log]);
    expect(report.eventsEmitted).toBe(4);
  });

  it("counts the blank lines between records in details, not those inside a quoted field", async () => {
    const { report } = await readAll(adapter, 'customer,time,event\n\nc-1,0,"a\n\nb"\n\n\n');
    expect(report.details).toEqual({ blankLines: 3 });
    expect(report.rowsRead).toBe(1);
  });

  it("skips a value too large for a number, on both paths", async () => {
    const text = "customer,time,event,amount\nc-1,0,buy,1e999\n";
    const valued = csvAdapter({
      columns: { customerId: "customer", timestamp: "time", name: "event", value: "amount" },
    });
    const { report } = await readAll(valued, text, { onError: "skip" });
    expect(report.skipped.map((skipped) => skipped.code)).toEqual(["CSV_BAD_VALUE"]);
    expect((await readLog(valued, text, { onError: "skip" })).report.rowsSkipped).toBe(1);
  });

  it("reorders its records for the conformance kit, keeping quoted line breaks in their record", async () => {
    const reversed = await reorderCsvRecords('h\r\na\r\n"b\nc"\n\nd', (records) => [...records].reverse());
    expect(reversed).toBe('h\r\nd\n"b\nc"\n\na\r\n');
  });
});
