// The byte scanner (the default) against the JSON.parse reference (`fastPath: false`), through the
// whole reader: generated shop rows (bench/generator.mjs) in bulk, so that the scanner's memory of
// values it validated before is warm, mixed with rows changed by a byte or a splice, rewritten with
// BigQuery's \u003c escapes, spaces, reordered keys, non-ASCII text, params the scanner does not
// know and param types that drift. Every read must give identical events and reports: a row the
// scanner is not sure about goes to the reference, never to a different event.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateShopEvents, toGa4ExportRow } from "../../../bench/generator.mjs";
import { type Ga4ExportOptions, readGa4Export } from "../src/index";

const shop = generateShopEvents({ customers: 60, seed: 11 });
const rows = Array.from({ length: shop.size }, (_, index) => toGa4ExportRow(shop, index));
const lines = rows.map((row) => JSON.stringify(row));

async function outcome(input: string | Uint8Array, options: Ga4ExportOptions) {
  const stream = readGa4Export(input, { ...options, onError: "skip" });
  const events = [];
  for await (const event of stream) events.push(event);
  return { events: JSON.stringify(events), report: await stream.report };
}

async function expectSameAsReference(input: string | Uint8Array, options: Ga4ExportOptions = {}) {
  const fast = await outcome(input, options);
  const reference = await outcome(input, { ...options, fastPath: false });
  expect(fast.events).toBe(reference.events);
  const { fastPathRows, fallbackRows, ...details } = fast.report.details;
  const { fastPathRows: none, fallbackRows: all, ...expectedDetails } = reference.report.details;
  expect({ ...fast.report, details }).toEqual({ ...reference.report, details: expectedDetails });
  expect(none).toBe(0);
  expect(fastPathRows + fallbackRows).toBe(all);
  return fast.report;
}

// A row rewritten as other writers (and BigQuery itself) may write it.
function restyled(row: Record<string, unknown>, seed: number): string {
  const copy: Record<string, unknown> = { ...row };
  if (seed % 5 === 0) copy.event_params = [...(row.event_params as unknown[])].reverse();
  if (seed % 7 === 0) {
    copy.event_params = [
      ...(row.event_params as unknown[]),
      { key: "page_title", value: { string_value: "Sko & støvler <nye>", int_value: null } },
      { key: "ga_session_number", value: { string_value: "1", int_value: null, float_value: null } },
      { key: "unknown_param", value: { set_timestamp_micros: "1", double_value: 2.5 } },
    ];
  }
  let text = JSON.stringify(copy, undefined, seed % 3 === 0 ? 1 : undefined).replaceAll("\n", "");
  if (seed % 2 === 0)
    text = text.replace(/[<>&=]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (seed % 11 === 0) {
    const keys = Object.keys(copy).reverse();
    text = JSON.stringify(Object.fromEntries(keys.map((key) => [key, copy[key]])));
  }
  return text;
}

describe("the byte scanner against the JSON.parse reference, through readGa4Export", () => {
  it("reads generated export rows identically, nearly all of them on the fast path", async () => {
    const text = `${lines.join("\n")}\n${lines.slice(0, 50).join("\r\n")}\n`;
    const report = await expectSameAsReference(text);
    expect(report.duplicatesRemoved).toBe(50);
    expect(report.details.fastPathRows).toBeGreaterThan(lines.length * 0.99);
    await expectSameAsReference(new TextEncoder().encode(text), { include: ["ecommerce", "items"] });
    await expectSameAsReference(text, { trafficSource: "user", order: "timestamp", identity: "stitched" });
  });

  it("reads restyled rows (escapes, spaces, reordered keys, unicode, unknown and drifting params) identically", async () => {
    await expectSameAsReference(rows.map((row, index) => restyled(row, index)).join("\n"));
  });

  it("never gives a different event for a row changed by a byte or a splice among good rows", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            row: fc.nat(lines.length - 1),
            at: fc.nat(),
            cut: fc.nat(4),
            insert: fc.oneof(
              fc.string({ maxLength: 3 }),
              fc.constantFrom("\\", '"', "}", "]", ",", "\t", "\u0000", "é", "\\u00", "nul", "1e", "-"),
            ),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (changes) => {
          const mixed = lines.slice(0, 120);
          for (const { row, at, cut, insert } of changes) {
            const line = lines[row] as string;
            const position = at % line.length;
            mixed.push(line.slice(0, position) + insert + line.slice(position + cut));
          }
          mixed.push(...lines.slice(120, 160));
          await expectSameAsReference(mixed.join("\n"));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("does not take a value for one it remembers when more follows it, nor a repeated column", async () => {
    const base = lines[0] as string;
    const geo = base.slice(base.indexOf('"geo":'), base.indexOf(',"app_info"'));
    const param = base.slice(
      base.indexOf('{"key":"ga_session_number"'),
      base.indexOf(',{"key":"page_location"'),
    );
    const variants = [
      base.replace('"app_info":null', '"app_info":nullx'),
      base.replace('"app_info":null', '"app_info":null1'),
      base.replace(geo, `${geo.slice(0, -1)},"x":1}`),
      base.replace(geo, `${geo}}`),
      base.replace(geo, `${geo},${geo}`),
      base.replace(param, `${param}}`),
      base.replace(param, `${param.slice(0, -2)},"extra":[1]}}`),
      base.replace('"event_name":', '"event_name":"twice","event_name":'),
      base.replace('"user_pseudo_id":"', '"user_pseudo_id":"é'),
    ];
    expect(variants.every((variant) => variant !== base)).toBe(true);
    // Each variant between copies of the row, so that its columns and params are remembered.
    const mixed = variants.flatMap((variant) => [base, variant, base]).join("\n");
    const report = await expectSameAsReference(mixed);
    expect(report.details.fallbackRows).toBeGreaterThan(0);
  });

  it("reads bytes that are not valid UTF-8 as the reference does: replaced, then compared as text", async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const row = (title: Uint8Array) => [
      ...encode(
        '{"event_timestamp":"1","event_name":"page_view","user_pseudo_id":"p","event_params":[{"key":"page_title","value":{"string_value":"a',
      ),
      ...title,
      ...encode('b"}}]}\n'),
    ];
    // 0xFF, 0xFE and a real U+FFFD all read as "a\uFFFDb": the same row, so two are duplicates.
    const input = Uint8Array.from([
      ...row(Uint8Array.of(0xff)),
      ...row(Uint8Array.of(0xfe)),
      ...row(encode("\uFFFD")),
      ...row(encode("é")),
    ]);
    const report = await expectSameAsReference(input);
    expect(report.eventsEmitted).toBe(2);
    expect(report.duplicatesRemoved).toBe(2);
    expect(report.warnings.some((warning) => warning.includes("U+FFFD"))).toBe(true);
  });
});
