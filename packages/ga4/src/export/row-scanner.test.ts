// The fast path against the reference: for every row, the scanner either decodes exactly what
// JSON.parse-based decoding gives, or declines (and the reader falls back to the reference).
// Never a different event.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRowReference } from "./decode-row-reference";
import { EXPORT_COLUMNS, type ExportColumn, type RowDecoding } from "./row-decoding";
import { RowScanner } from "./row-scanner";

const ALL_COLUMNS = Object.keys(EXPORT_COLUMNS) as ExportColumn[];
const scanner = new RowScanner(ALL_COLUMNS);

/** The row's UTF-8 bytes as a reader hands them to the scanner: followed by the line's newline. */
function scan(text: string): RowDecoding | undefined {
  const bytes = new TextEncoder().encode(`${text}\n`);
  return scanner.scan(bytes, 0, bytes.length);
}

/** What the reference reads from the same bytes (a lone surrogate, say, becomes U+FFFD in UTF-8). */
function reference(text: string): RowDecoding {
  return decodeRowReference(new TextDecoder().decode(new TextEncoder().encode(text)), ALL_COLUMNS);
}

// The order of the decoded fields does not matter (they are read by name); the order of the
// params does (it becomes the order of the event's properties).
function canonical(decoding: RowDecoding): string {
  if (!("fields" in decoding)) return JSON.stringify(decoding);
  const fields = Object.fromEntries(
    Object.entries(decoding.fields).sort(([left], [right]) => (left < right ? -1 : 1)),
  );
  return JSON.stringify({ fields, params: decoding.params });
}

/** The scanner's answer must be the reference's, or no answer. */
function expectAgreement(text: string): "scanned" | "declined" {
  const fast = scan(text);
  if (fast === undefined) return "declined";
  const expected = reference(text);
  // Compared as JSON text, which also compares key order: data may have its own "constructor"
  // key, which vitest's deep equality takes for the object's class.
  expect("params" in expected).toBe(true);
  expect(canonical(fast)).toBe(canonical(expected));
  return "scanned";
}

interface Style {
  readonly space: () => string;
  readonly escapeLikeBigQuery: boolean;
  readonly shuffle: (keys: string[]) => string[];
}

// BigQuery's JSON export escapes these characters as \u003c, \u003e, \u0026 and \u003d.
function quote(text: string, style: Style): string {
  const json = JSON.stringify(text);
  return style.escapeLikeBigQuery
    ? json.replace(/[<>&=]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : json;
}

function serialise(value: unknown, style: Style): string {
  const space = style.space;
  if (typeof value === "string") return quote(value, style);
  if (Array.isArray(value))
    return `[${space()}${value.map((item) => serialise(item, style)).join(`${space()},${space()}`)}${space()}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const members = style
      .shuffle(Object.keys(record))
      .map((key) => `${quote(key, style)}${space()}:${space()}${serialise(record[key], style)}`);
    return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    'a"b',
    "back\\slash",
    "<tag>&=",
    "ÆØÅ",
    "😀",
    "\u2028",
  ),
);
const int64 = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String),
  fc.integer(),
  fc.constant(null),
  fc.constantFrom("-0", "007", "-12", "999999999999999", "9999999999999999", "1.0", "+1", "-"),
);
const float = fc.oneof(fc.double(), fc.constantFrom("NaN", "Infinity", "1.5", null), fc.integer());
const paramValue = fc.record(
  {
    string_value: fc.oneof(text, fc.constant(null)),
    int_value: int64,
    float_value: float,
    double_value: float,
    set_timestamp_micros: fc.oneof(int64, fc.constant(null)),
  },
  { requiredKeys: [] },
);
const param = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      key: fc.oneof(text, fc.constantFrom("ga_session_id", "page_location", "value", "source", "medium")),
      value: paramValue,
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const row = fc.record(
  {
    event_date: fc.constant("20240101"),
    event_timestamp: fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 62n }).map(String), fc.integer(), text),
    event_name: fc.oneof(text, fc.constantFrom("page_view", "purchase"), fc.constant(null)),
    event_params: fc.oneof(
      { weight: 8, arbitrary: fc.array(param, { maxLength: 12 }) },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
    user_id: fc.oneof(fc.constant(null), text),
    user_pseudo_id: fc.oneof(fc.constant(null), text, fc.integer()),
    device: fc.oneof(
      fc.constant(null),
      fc.dictionary(text, fc.oneof(text, fc.constant(null), fc.dictionary(text, text))),
    ),
    collected_traffic_source: fc.oneof(
      fc.constant(null),
      fc.record({ manual_source: text, manual_medium: text, gclid: fc.oneof(text, fc.constant(null)) }),
    ),
    ecommerce: fc.oneof(fc.constant(null), fc.jsonValue()),
    items: fc.array(fc.dictionary(text, fc.jsonValue(), { maxKeys: 4 }), { maxLength: 3 }),
    batch_page_id: int64,
    batch_ordering_id: int64,
    batch_event_index: int64,
    extra: fc.jsonValue({ maxDepth: 6 }),
  },
  { requiredKeys: ["event_name", "event_timestamp"] },
);
// A param value as BigQuery writes it: all four typed fields, in this order, so that the scanner
// reads it by comparing the bytes between the values; the values drift between types, some of
// them types the export never writes.
const mostly = <Value, Odd>(usual: fc.Arbitrary<Value>, odd: fc.Arbitrary<Odd>) =>
  fc.oneof({ weight: 15, arbitrary: usual }, { weight: 1, arbitrary: odd });
const exportParamValue = fc.record({
  string_value: mostly(fc.oneof(text, fc.constant(null)), fc.oneof(fc.integer(), fc.boolean())),
  int_value: mostly(
    fc.oneof(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String), fc.constant(null)),
    fc.oneof(int64, fc.double(), fc.constant(true)),
  ),
  float_value: mostly(
    fc.oneof(fc.double({ noNaN: true }), fc.constant(null)),
    fc.oneof(float, fc.constant("1e3")),
  ),
  double_value: mostly(
    fc.oneof(fc.double({ noNaN: true }), fc.constant(null)),
    fc.oneof(float, fc.constant({})),
  ),
});
const exportParam = fc.record({
  key: fc.oneof(text, fc.constantFrom("ga_session_id", "value", "engagement_time_msec", "")),
  value: fc.oneof({ weight: 9, arbitrary: exportParamValue }, { weight: 1, arbitrary: fc.constant(null) }),
});
const exportRow = fc.record({
  event_timestamp: fc.bigInt({ min: 0n, max: 2n ** 62n }).map(String),
  event_name: fc.constantFrom("page_view", "purchase"),
  event_params: fc.array(exportParam, { maxLength: 6 }),
  user_pseudo_id: text,
});

const style = fc.record({
  space: fc.constantFrom(
    () => "",
    () => " ",
    () => "  ",
  ),
  escapeLikeBigQuery: fc.boolean(),
  shuffle: fc.constantFrom(
    (keys: string[]) => keys,
    (keys: string[]) => [...keys].reverse(),
    (keys: string[]) => [...keys].sort(),
  ),
});

describe("RowScanner against the JSON.parse reference", () => {
  it("agrees on generated rows: escapes, unicode, reordered keys, spaces, unknown params and columns", () => {
    let scanned = 0;
    fc.assert(
      fc.property(row, style, (value, chosen) => {
        if (expectAgreement(serialise(value, chosen)) === "scanned") scanned += 1;
      }),
      { numRuns: 300 },
    );
    // The fast path must actually take a good share of the rows, not decline them all (about half
    // of these random rows are valid enough for it; the exact share varies with the seed).
    expect(scanned).toBeGreaterThan(100);
  });

  it("agrees on params laid out exactly as BigQuery writes them, whatever their values", () => {
    let scanned = 0;
    fc.assert(
      fc.property(exportRow, fc.boolean(), (value, escapeLikeBigQuery) => {
        const written = serialise(value, { space: () => "", escapeLikeBigQuery, shuffle: (keys) => keys });
        if (expectAgreement(written) === "scanned") scanned += 1;
      }),
      { numRuns: 300 },
    );
    expect(scanned).toBeGreaterThan(100);
  });

  it("reads rows held in Node Buffers (pooled, at an offset in their memory) as in Uint8Arrays", () => {
    const own = new RowScanner(ALL_COLUMNS);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
        // The same rows twice, so that the second time the memo recognises values remembered
        // from the other kind of array.
        for (const text of [...rows, ...rows].map((value) => JSON.stringify(value))) {
          const encoded = new TextEncoder().encode(`${text}\n`);
          const pooled = Buffer.from(encoded);
          for (const bytes of [encoded, pooled, pooled.subarray(0, encoded.length)]) {
            const fast = own.scan(bytes, 0, bytes.length);
            if (fast !== undefined) expect(canonical(fast)).toBe(canonical(reference(text)));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("agrees on the same rows written by JSON.stringify", () => {
    fc.assert(
      fc.property(row, (value) => {
        expectAgreement(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it("never accepts a row the reference rejects: truncated, spliced or garbled text", () => {
    fc.assert(
      fc.property(row, fc.nat(), fc.string({ maxLength: 3 }), fc.nat(), (value, at, insert, cut) => {
        const valid = JSON.stringify(value);
        const position = at % (valid.length + 1);
        for (const broken of [
          valid.slice(0, position),
          valid.slice(0, position) + insert + valid.slice(position),
          valid.slice(0, position) + valid.slice(position + 1 + (cut % 3)),
        ]) {
          expectAgreement(broken);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("declines, rather than guesses, on deep nesting and raw control characters", () => {
    const deep = `{"event_name":"x","event_timestamp":"1","extra":${"[".repeat(100)}${"]".repeat(100)}}`;
    expect(scan(deep)).toBeUndefined();
    expect(decodeRowReference(deep, ALL_COLUMNS)).toMatchObject({ fields: { eventName: "x" } });
    expect(scan('{"event_name":"a\tb","event_timestamp":"1"}')).toBeUndefined();
  });

  it("decodes escaped values, declines escaped member names, and keeps __proto__ params as own properties", () => {
    const row =
      '{"event_name":"x\\u003cy","event_timestamp":"1","event_params":[{"key":"__proto__","value":{"string_value":"polluted"}}]}';
    const decoded = scan(row);
    expect(decoded).toStrictEqual(reference(row));
    expect(decoded && "params" in decoded && Object.getPrototypeOf(decoded.params)).toBe(Object.prototype);
    expect(decoded && "fields" in decoded && decoded.fields.eventName).toBe("x<y");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(scan('{"event\\u005fname":"x","event_timestamp":"1"}')).toBeUndefined();
  });

  it("leaves repeated wanted members to JSON.parse, which takes the last", () => {
    const repeated =
      '{"event_name":"first","event_params":[{"key":"a","value":{"int_value":"1"}}],"event_name":"second","event_timestamp":"5","event_params":[]}';
    expect(scan(repeated)).toBeUndefined();
    expect(reference(repeated)).toMatchObject({ fields: { eventName: "second" }, params: {} });
  });
});
