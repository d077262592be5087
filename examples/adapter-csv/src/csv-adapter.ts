import { AdapterReadError, type JourneyEvent, JourneykitError, type PropertyValue } from "@journeykit/core";
import { type AdapterContext, defineAdapter, type JourneyAdapterV1 } from "@journeykit/core/adapter";
import * as z from "zod";
import { type CsvAdapterOptions, CsvAdapterOptionsSchema } from "./csv-adapter-options";
import { eventsInBatches } from "./events-in-batches";
import { parseTimestamp } from "./parse-timestamp";
import { splitCsvRecords } from "./split-csv-records";

type Columns = z.output<typeof CsvAdapterOptionsSchema>["columns"];
type Field = keyof Columns;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Where each mapped field and each property is found in a row. */
interface Layout {
  readonly width: number;
  readonly mapped: Partial<Record<Field, number>>;
  readonly properties: readonly { readonly key: string; readonly index: number }[];
  readonly unnamed: readonly number[];
}

function layoutOf(header: readonly string[], columns: Columns, line: number): Layout {
  const indexes = new Map<string, number>();
  const unnamed: number[] = [];
  header.forEach((name, index) => {
    if (name === "") unnamed.push(index);
    else if (indexes.has(name)) {
      throw new AdapterReadError({
        adapter: "csv",
        line,
        problem: `the header names column "${name}" twice, so its values would be ambiguous`,
        problemCode: "CSV_DUPLICATE_COLUMN",
        fix: "Rename one of the two columns in the file's header row.",
      });
    } else indexes.set(name, index);
  });
  const mapped: Partial<Record<Field, number>> = {};
  for (const [field, column] of Object.entries(columns) as [Field, string | undefined][]) {
    if (column === undefined) continue;
    const index = indexes.get(column);
    if (index === undefined) {
      throw new AdapterReadError({
        adapter: "csv",
        line,
        problem: `the header has no column "${column}" (mapped to ${field}); it has ${[...indexes.keys()].map((name) => `"${name}"`).join(", ")}`,
        problemCode: "CSV_MISSING_COLUMN",
        fix: `Set columns.${field} to one of the header's columns, or add the column to the file.`,
      });
    }
    mapped[field] = index;
  }
  const taken = new Set(Object.values(mapped));
  const properties = [...indexes]
    .filter(([, index]) => !taken.has(index))
    .map(([key, index]) => ({ key, index }));
  return { width: header.length, mapped, properties, unnamed };
}

/** Builds the event of one row, or says why the row is bad. */
function eventOf(fields: readonly string[], layout: Layout): JourneyEvent | { reason: string; code: string } {
  const cell = (field: Field) => {
    const index = layout.mapped[field];
    return index === undefined ? "" : (fields[index] ?? "");
  };
  const customerId = cell("customerId");
  const name = cell("name");
  if (customerId === "") return { reason: "the customer id is empty", code: "CSV_MISSING_FIELD" };
  if (name === "") return { reason: "the event name is empty", code: "CSV_MISSING_FIELD" };
  const timestamp = parseTimestamp(cell("timestamp"));
  if (timestamp === undefined) {
    return {
      reason: `the time ${JSON.stringify(cell("timestamp"))} is neither ISO 8601 nor epoch milliseconds`,
      code: "CSV_BAD_TIMESTAMP",
    };
  }
  const event: JourneyEvent = { customerId, timestamp, name };
  for (const field of ["sessionId", "source", "medium"] as const) {
    const text = cell(field);
    if (text !== "") event[field] = text;
  }
  const valueText = cell("value").trim();
  if (valueText !== "") {
    const value = Number(valueText);
    // "1e999" matches the pattern but is Infinity, which no event may hold.
    if (!NUMBER.test(valueText) || !Number.isFinite(value))
      return { reason: `the value ${JSON.stringify(valueText)} is not a number`, code: "CSV_BAD_VALUE" };
    event.value = value;
  }
  for (const index of layout.unnamed) {
    if ((fields[index] ?? "") !== "") {
      return {
        reason: `column ${index + 1} has a value but no name in the header`,
        code: "CSV_UNNAMED_COLUMN",
      };
    }
  }
  if (layout.properties.length > 0) {
    const properties: Record<string, PropertyValue> = {};
    for (const { key, index } of layout.properties) {
      // defineProperty, not properties[key] = ...: a column named "__proto__" must become a
      // property, not change the object's prototype (or be dropped silently).
      Object.defineProperty(properties, key, {
        value: fields[index] ?? "",
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    event.properties = properties;
  }
  return event;
}

/**
 * The counts a CSV read keeps of its own, in `report.details`.
 *
 * @example
 * ```ts
 * const { report } = await readAll(csvAdapter({ columns }), "customer,time,event\n\nc-1,0,signup\n");
 * report.details; // { blankLines: 1 }
 * ```
 */
export type CsvReadDetails = {
  /** Blank lines between records, which are skipped: not records, so not in `rowsRead`. */
  readonly blankLines: number;
};

/** The events of a CSV input: the one parser behind both `parse` and `parseBatches`. */
async function* csvEvents(
  lines: AsyncIterable<string>,
  context: AdapterContext<object, CsvReadDetails>,
  columns: Columns,
  delimiter: string,
): AsyncGenerator<JourneyEvent> {
  let layout: Layout | undefined;
  const blankLine = () => context.count("blankLines");
  for await (const record of splitCsvRecords(lines, context, delimiter, blankLine)) {
    if (layout === undefined) {
      if (record.problem !== undefined) {
        throw new AdapterReadError({
          adapter: "csv",
          line: record.line,
          problem: `the header row has ${record.problem.reason}`,
          problemCode: record.problem.code,
          fix: "Fix the quoting of the file's header row.",
        });
      }
      layout = layoutOf(record.fields, columns, record.line);
      continue;
    }
    context.countRow();
    if (record.problem !== undefined) {
      context.skip(record.line, record.problem.reason, record.problem.code);
      continue;
    }
    if (record.fields.length !== layout.width) {
      context.skip(
        record.line,
        `the row has ${record.fields.length} fields, but the header has ${layout.width}`,
        "CSV_FIELD_COUNT",
      );
      continue;
    }
    const event = eventOf(record.fields, layout);
    if ("reason" in event) context.skip(record.line, event.reason, event.code);
    else yield event;
  }
  if (layout === undefined) context.warn("The input is empty: it has no header row, so no events were read.");
}

/**
 * Makes an adapter for CSV event logs: one event per row, a header row naming the columns, and a
 * mapping from header names to the event's fields. Columns not mapped become string properties.
 * Quoting follows RFC 4180 (quoted fields may hold delimiters, line breaks and doubled quotes).
 *
 * Bad rows (a wrong number of fields, an empty customer or event name, a time that is neither
 * ISO 8601 nor epoch milliseconds, a value that is not a number, broken quoting) stop the read
 * with an `AdapterReadError`, or are skipped and counted with `onError: "skip"`. A header that
 * lacks a mapped column, or names a column twice, always stops the read.
 *
 * The adapter offers `readBatches` too (so `readLog` builds a log without an object per event):
 * the same rows, `batchSize` events to a batch. Reports count the blank lines skipped between
 * records in `details.blankLines`.
 *
 * @param options - The column mapping, the delimiter and the batch size.
 * @returns The adapter, with id `"csv"`.
 * @throws {@link JourneykitError} with code `"CSV_OPTIONS"` when the options are not valid.
 *
 * @example
 * ```ts
 * import { readAll, readLog } from "@journeykit/core";
 *
 * const adapter = csvAdapter({ columns: { customerId: "customer", timestamp: "time", name: "event" } });
 * const text = 'customer,time,event,plan\nc-1,2024-01-01T10:00:00Z,signup,"pro, yearly"\n';
 * const { events } = await readAll(adapter, text);
 * events; // [{ customerId: "c-1", timestamp: 1704103200000, name: "signup", properties: { plan: "pro, yearly" } }]
 * const { log, report } = await readLog(adapter, text); // through readBatches
 * log.size; // 1
 * report.details; // { blankLines: 0 }
 * ```
 */
export function csvAdapter(options: CsvAdapterOptions): JourneyAdapterV1<object, CsvReadDetails> {
  const parsed = CsvAdapterOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new JourneykitError({
      code: "CSV_OPTIONS",
      message: `The CSV adapter's options are not valid: ${z.prettifyError(parsed.error)}`,
      cause: parsed.error,
    });
  }
  const { columns, delimiter, batchSize } = parsed.data;

  return defineAdapter({
    id: "csv",
    formats: ["csv"],
    details: { blankLines: 0 },
    parse: (lines, context) => csvEvents(lines, context, columns, delimiter),
    parseBatches: (lines, context) =>
      eventsInBatches(csvEvents(lines, context, columns, delimiter), batchSize),
  });
}
