// Test support: fast-check arbitraries of GA4 export rows shaped like the real export (nested
// params with typed values, INT64s as JSON strings, explicit nulls), with what makes exports
// hard: ties on one microsecond ordered by the batch columns (or not: some rows lack some or all
// of them, and their numbers run against file order), repeated and duplicated rows,
// consent-mode rows without an identity, sessions keyed by ga_session_id (int or string), params
// whose type drifts, and times on the edges of whole-minute windows.
import fc from "fast-check";

export const NAMES = ["a", "b", "c", "d"] as const;
/** 2024-01-01T00:00:00Z in microseconds. */
const BASE_MICROS = 1_704_067_200_000_000;
const MINUTE_MICROS = 60_000_000;

export interface ExportRow {
  event_date: string;
  event_timestamp: string;
  event_name: string;
  event_params: { key: string; value: Record<string, string | number | null> }[];
  user_id: string | null;
  user_pseudo_id: string | null;
  batch_page_id: string | null;
  batch_ordering_id: string | null;
  batch_event_index: string | null;
  collected_traffic_source: Record<string, string | null> | null;
  traffic_source: Record<string, string | null> | null;
}

const value = (kind: "string" | "int" | "double" | "null", raw: string | number | null) => ({
  string_value: kind === "string" ? raw : null,
  int_value: kind === "int" ? String(raw) : null,
  float_value: null,
  double_value: kind === "double" ? raw : null,
});

const paramArbitrary = fc.oneof(
  fc.constantFrom("/x", "/xy", "/y", "").map((page) => ({ key: "page", value: value("string", page) })),
  fc.constantFrom(0, 1, 2, 1.5).map((n) => ({
    key: "n",
    value: Number.isInteger(n) ? value("int", n) : value("double", n),
  })),
  fc.constant({ key: "n", value: value("null", null) }),
  // The same key as a string in one row and a number in the next.
  fc.constantFrom("1", "2").map((n) => ({ key: "n", value: value("string", n) })),
  // Traffic params, read when the row has no collected traffic source.
  fc.constantFrom("cpc", "organic", "").map((medium) => ({ key: "medium", value: value("string", medium) })),
  fc.constantFrom("google", "bing").map((source) => ({ key: "source", value: value("string", source) })),
  fc.constant({ key: "gclid", value: value("string", "Cj0KCQ") }),
);

const text = fc.constantFrom<string | null>(null, "", "google", "bing", "newsletter");
const mediumText = fc.constantFrom<string | null>(null, "", "cpc", "organic", "email");
/** What GA4 collected with the event (often nothing), and the user's first touch. */
const trafficArbitrary = fc.record({
  collected: fc.option(
    fc.record({
      manual_source: text,
      manual_medium: mediumText,
      manual_campaign_name: fc.constantFrom(null, "spring"),
      gclid: fc.constantFrom(null, "", "Cj0KCQ"),
    }),
    { nil: null, freq: 2 },
  ),
  user: fc.option(fc.record({ name: fc.constant("(organic)"), medium: mediumText, source: text }), {
    nil: null,
  }),
});

interface RowSeed {
  customer: number;
  userId: number;
  minutes: number;
  jitter: number;
  name: string;
  session: number;
  sessionAsString: boolean;
  params: { key: string; value: Record<string, string | number | null> }[];
  /** Which batch columns the row has: all three, none, or only some (no sequence either way). */
  batch: "all" | "none" | "some";
  /** A negative batch_page_id, which a COALESCE(-1) would misorder. */
  negativePage: boolean;
  traffic: { collected: Record<string, string | null> | null; user: Record<string, string | null> | null };
}

/** How dense the rows are: few customers and minutes make long, tied sequences. */
export interface RowShape {
  /** Customers with an identity (one more, with none, stands for consent-mode rows). */
  readonly customers: number;
  readonly minutes: number;
  readonly minRows?: number;
  readonly maxRows: number;
  /** Microseconds of minute 0; 23:57 of a day makes sessions run past midnight. */
  readonly startMicros?: number;
}

const rowSeed = (shape: RowShape): fc.Arbitrary<RowSeed> =>
  fc.record({
    customer: fc.integer({ min: 0, max: shape.customers }),
    userId: fc.integer({ min: 0, max: 5 }),
    minutes: fc.integer({ min: 0, max: shape.minutes }),
    // Most rows on whole minutes (ties, window edges); some a microsecond or a millisecond later.
    jitter: fc.constantFrom(0, 0, 0, 1, 1000),
    name: fc.constantFrom(...NAMES),
    session: fc.integer({ min: 1, max: 2 }),
    sessionAsString: fc.boolean(),
    params: fc.array(paramArbitrary, { maxLength: 2 }),
    batch: fc.constantFrom<RowSeed["batch"]>("all", "all", "all", "none", "some"),
    negativePage: fc.boolean(),
    traffic: trafficArbitrary,
  });

/** Export rows in file order: shuffled, some duplicated, some without an identity. */
export const exportRowsOf = (shape: RowShape): fc.Arbitrary<ExportRow[]> =>
  fc
    .record({
      seeds: fc.array(rowSeed(shape), { minLength: shape.minRows ?? 1, maxLength: shape.maxRows }),
      duplicates: fc.array(fc.nat(), { maxLength: 3 }),
      shuffle: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    })
    .map(({ seeds, duplicates, shuffle }) => {
      const rows = seeds.map((seed, index): ExportRow => {
        const micros = (shape.startMicros ?? BASE_MICROS) + seed.minutes * MINUTE_MICROS + seed.jitter;
        const consent = seed.customer === shape.customers;
        const sessionId = 1_704_000_000 + seed.session;
        return {
          event_date: new Date(micros / 1000).toISOString().slice(0, 10).replaceAll("-", ""),
          event_timestamp: String(micros),
          event_name: seed.name,
          event_params: [
            {
              key: "ga_session_id",
              value: seed.sessionAsString ? value("string", String(sessionId)) : value("int", sessionId),
            },
            ...seed.params,
          ],
          // Each device logs in as at most one user; two devices share user u0 or u1.
          user_id: consent || seed.userId > 1 ? null : `u${seed.customer % 2}`,
          user_pseudo_id: consent ? null : `p${seed.customer}`,
          // Every row its own place in the batch order, unrelated to its place in the file.
          batch_page_id: seed.batch === "none" ? null : seed.negativePage ? "-3" : "1",
          batch_ordering_id: seed.batch === "all" ? String(1 + ((index * 7) % 5)) : null,
          batch_event_index: seed.batch === "none" ? null : String(index),
          collected_traffic_source: seed.traffic.collected,
          traffic_source: seed.traffic.user,
        };
      });
      for (const pick of duplicates) rows.push({ ...(rows[pick % rows.length] as ExportRow) });
      // File order is neither time order nor batch order.
      return rows
        .map((row, index) => ({ row, key: shuffle[index % shuffle.length] as number }))
        .sort((a, b) => a.key - b.key)
        .map(({ row }) => row);
    });

/** Rows of four customers (and consent-mode rows) over seven minutes. */
export const exportRowsArbitrary = exportRowsOf({ customers: 4, minutes: 6, maxRows: 24 });

export const toNdjson = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).join("\n");
