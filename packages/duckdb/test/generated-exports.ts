// Test support: generated GA4 exports (the ga4 package's arbitraries, with ties, batch columns,
// duplicates, consent-mode rows and interleaved users), plus what those leave out and the DuckDB
// reader must read too: a `value` param of every type and `session_traffic_source_last_click`.
// Each export is written as a writer may write it: null fields written or omitted, with spaces or
// without, rows in any order. A row's writing depends only on its content, so duplicated rows stay
// identical text, as they are in a real export.
import fc from "fast-check";
import { type ExportRow, exportRowsOf } from "../../ga4/test/ga4-export-rows";
import type { ReadGa4LogOptions } from "../src/index";

type Param = ExportRow["event_params"][number];

const valueParam = (value: Param["value"]): Param => ({ key: "value", value });
const noValue = { string_value: null, int_value: null, float_value: null, double_value: null };

/** A `value` param as an int, a float, a double, a string, a null, or none. */
const valueParamArbitrary = fc.constantFrom<Param | undefined>(
  undefined,
  valueParam({ ...noValue, int_value: "31" }),
  valueParam({ ...noValue, float_value: 2.5 }),
  valueParam({ ...noValue, double_value: 4.9495798319328 }),
  valueParam({ ...noValue, double_value: 0 }),
  valueParam({ ...noValue, string_value: "12.5" }),
  valueParam(noValue),
);

const source = fc.constantFrom<string | null>(null, "", "google", "bing", "newsletter");
const medium = fc.constantFrom<string | null>(null, "", "cpc", "organic", "email");
const campaign = fc.constantFrom<string | null>(null, "spring");

/** The session's last click, in the shape of exports since mid-2024; or null, or no column. */
const lastClickArbitrary = fc.option(
  fc.option(
    fc.record({
      manual_campaign: fc.option(fc.record({ source, medium, campaign_name: campaign }), { nil: null }),
      cross_channel_campaign: fc.option(
        fc.record({
          source,
          medium,
          campaign_name: campaign,
          default_channel_group: fc.constantFrom(null, "Organic Search", "Paid Search", "Email", "Direct"),
        }),
        { nil: null },
      ),
      google_ads_campaign: fc.option(
        fc.record({ campaign_name: campaign, customer_id: fc.constantFrom(null, "1234567890") }),
        { nil: null },
      ),
    }),
    { nil: null },
  ),
  { nil: undefined },
);

interface Extra {
  readonly value: Param | undefined;
  readonly lastClick: object | null | undefined;
}

/** A small hash of a text: picks how a row is written and what it gets, from its content alone. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

function withExtra(row: ExportRow, extra: Extra): object {
  const params = extra.value === undefined ? row.event_params : [...row.event_params, extra.value];
  const withParams = { ...row, event_params: params };
  return extra.lastClick === undefined
    ? withParams
    : { ...withParams, session_traffic_source_last_click: extra.lastClick };
}

const rowsOfShapes = fc.oneof(
  // Two customers over four minutes: most rows tie with another row of their customer.
  exportRowsOf({ customers: 2, minutes: 3, minRows: 8, maxRows: 40 }),
  exportRowsOf({ customers: 4, minutes: 6, maxRows: 24 }),
  // 2024-01-01T23:58Z: sessions run past midnight.
  exportRowsOf({ customers: 3, minutes: 3, maxRows: 24, startMicros: Date.UTC(2024, 0, 1, 23, 58) * 1000 }),
);

/**
 * What makes a copy of a row a different row, though not in what the event takes from it (a
 * column no event reads, or the traffic of another scope than the read's): real exports have
 * such rows (two purchases that differ only in their items' params), and they are two events.
 */
const NEAR_DUPLICATE_CHANGES = [
  (row: object) => ({ ...row, event_server_timestamp_offset: "412" }),
  (row: object) => ({ ...row, device: { category: "mobile", web_info: { browser: "Safari" } } }),
  (row: object) => ({ ...row, traffic_source: { name: "(direct)", medium: "(none)", source: "(direct)" } }),
  (row: object) => ({ ...row, collected_traffic_source: { manual_source: "bing", manual_medium: "cpc" } }),
  (row: object) => ({ ...row, event_date: "20231231" }),
] as const;

/** Export rows in file order, each with the extra its content picks, and near-duplicates. */
export const generatedRowsArbitrary: fc.Arbitrary<object[]> = fc
  .record({
    rows: rowsOfShapes,
    extras: fc.array(fc.record({ value: valueParamArbitrary, lastClick: lastClickArbitrary }), {
      minLength: 1,
      maxLength: 5,
    }),
    nearDuplicates: fc.array(
      fc.record({ of: fc.nat(), change: fc.nat(NEAR_DUPLICATE_CHANGES.length - 1), at: fc.nat() }),
      { maxLength: 2 },
    ),
  })
  .map(({ rows, extras, nearDuplicates }) => {
    const withExtras = rows.map((row) =>
      withExtra(row, extras[textHash(JSON.stringify(row)) % extras.length] as Extra),
    );
    for (const { of, change, at } of nearDuplicates) {
      const copy = NEAR_DUPLICATE_CHANGES[change]?.(withExtras[of % withExtras.length] as object) as object;
      withExtras.splice(at % (withExtras.length + 1), 0, copy);
    }
    return withExtras;
  });

/** How a writer writes the rows of one file. */
export interface WritingStyle {
  readonly nulls: "written" | "omitted" | "mixed";
  readonly spacing: "compact" | "spaced" | "mixed";
  /** Sort keys of the rows: the file order (a permutation fast-check shrinks well). */
  readonly order: readonly number[];
}

export const writingStyleArbitrary: fc.Arbitrary<WritingStyle> = fc.record({
  nulls: fc.constantFrom("written", "omitted", "mixed"),
  spacing: fc.constantFrom("compact", "spaced", "mixed"),
  order: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
});

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null)
      .map(([key, field]) => [key, withoutNulls(field)]),
  );
}

function rowText(row: object, style: WritingStyle): string {
  const hash = textHash(JSON.stringify(row));
  const omit = style.nulls === "omitted" || (style.nulls === "mixed" && hash % 2 === 1);
  const spaced = style.spacing === "spaced" || (style.spacing === "mixed" && (hash >>> 1) % 2 === 1);
  const written = omit ? withoutNulls(row) : row;
  // The BigQuery console's style: a space after each colon and comma, one row a line.
  return spaced ? JSON.stringify(written, undefined, 1).replace(/\n\s*/g, " ") : JSON.stringify(written);
}

/** The text of each row, in the file order of `style`. */
export function writeRows(rows: readonly object[], style: WritingStyle): string[] {
  return rows
    .map((row, index) => ({
      text: rowText(row, style),
      key: style.order[index % style.order.length] as number,
    }))
    .sort((a, b) => a.key - b.key)
    .map(({ text }) => text);
}

export const ndjsonOf = (texts: readonly string[]): string => texts.join("\n");

/** The rows as one JSON array, a row a line, as the BigQuery console downloads them. */
export const jsonArrayOf = (texts: readonly string[]): string => `[\n${texts.join(",\n")}\n]\n`;

/** The GA4 options, over every value each can take, and the DuckDB reader's threads. */
export const optionsArbitrary: fc.Arbitrary<ReadGa4LogOptions> = fc.record(
  {
    identity: fc.constantFrom("pseudo", "user-id", "stitched"),
    trafficSource: fc.constantFrom("event", "session", "user"),
    duplicates: fc.constantFrom("remove", "keep"),
    params: fc.constantFrom(
      [],
      ["page"],
      ["n", "value", "medium", "absent"],
      ["ga_session_id", "source", "gclid"],
    ),
    channels: fc.constant({ "Organic Search": "social", "Paid Search": "other", Unassigned: "web" } as const),
    threads: fc.constantFrom(1, 2),
  },
  { requiredKeys: [] },
);

/**
 * Checks `check` on `numRuns` generated exports, each with a writing style and read options:
 * the property most tests of the suite state.
 */
export function forGeneratedExports(
  numRuns: number,
  check: (rows: object[], style: WritingStyle, options: ReadGa4LogOptions) => Promise<void>,
): Promise<void> {
  return fc.assert(fc.asyncProperty(generatedRowsArbitrary, writingStyleArbitrary, optionsArbitrary, check), {
    numRuns,
  });
}
