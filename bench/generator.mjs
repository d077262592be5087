#!/usr/bin/env node
import { once } from "node:events";
// A deterministic generator of GA4-export-shaped events from a made-up B2C web shop, for
// benchmarks, demos and ingestion tests. The same seed always gives the same events, on any
// machine. Behaviour is funnel-shaped (many view items, fewer add to cart, fewer check out, fewer
// buy), with what real exports have: repeated steps, several events on one timestamp
// (session_start, first_visit and page_view fire together), tags that fire out of their logical
// order (a purchase logged a few ms before add_payment_info), and rows that are not sorted by
// time (the export is grouped by day, and a few rows arrive a day late).
//
// API (all plain functions; no I/O except writeNdjson and the CLI):
//   generateShopEvents({ customers, seed, start, days }) -> ShopEvents (columns, export order)
//   toJourneyEvent(events, i)  -> a JourneyEvent object for row i
//   journeyEvents(events)      -> iterator of JourneyEvent objects, in export order
//   toGa4ExportRow(events, i)  -> a GA4 BigQuery export row (nested, INT64 as strings, nulls)
//   ga4ExportRows(events)      -> iterator of export rows, in export order
//   writeNdjson(rows, path)    -> writes an iterator of objects as NDJSON (Node stream)
//   BENCH_FUNNEL_STEPS         -> the 5 steps the benchmarks run
// CLI:
//   node bench/generator.mjs --customers 5000 [--seed 1] [--days 28] [--format ga4|events] --out file.ndjson
// (without --out it prints a summary of what it would write)
import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./seeded-random.mjs";

/** The event names the shop emits, in funnel order; `ShopEvents.name` indexes this list. */
export const SHOP_EVENT_NAMES = [
  "first_visit",
  "session_start",
  "page_view",
  "view_item",
  "add_to_cart",
  "view_cart",
  "begin_checkout",
  "add_shipping_info",
  "add_payment_info",
  "purchase",
];

/** The funnel every benchmark runs: 5 steps within 7 days. */
export const BENCH_FUNNEL_STEPS = [
  "view_item",
  "add_to_cart",
  "begin_checkout",
  "add_payment_info",
  "purchase",
];

/** Traffic sources as GA4 reports them (`traffic_source` / `collected_traffic_source`), with weights. */
export const TRAFFIC_SOURCES = [
  { source: "google", medium: "organic", name: "(organic)", weight: 0.34 },
  { source: "google", medium: "cpc", name: "spring_sale", weight: 0.18 },
  { source: "(direct)", medium: "(none)", name: "(direct)", weight: 0.2 },
  { source: "facebook", medium: "paid_social", name: "retargeting", weight: 0.1 },
  { source: "newsletter", medium: "email", name: "weekly_newsletter", weight: 0.1 },
  { source: "bing", medium: "organic", name: "(organic)", weight: 0.05 },
  { source: "pricerunner", medium: "referral", name: "(referral)", weight: 0.03 },
];

const PRODUCTS = Array.from({ length: 200 }, (_, k) => ({
  id: `SKU_${String(1000 + k)}`,
  name: `Product ${k + 1}`,
  category: ["Shoes", "Jackets", "Bags", "Hats", "Socks"][k % 5],
  price: 99 + ((k * 37) % 900),
}));

const NAME = Object.fromEntries(SHOP_EVENT_NAMES.map((name, index) => [name, index]));
const NO_ITEM = 0xffff;
const DAY_MS = 86_400_000;

class Columns {
  constructor(capacity) {
    this.size = 0;
    this.customer = new Uint32Array(capacity);
    this.timestamp = new Float64Array(capacity);
    this.name = new Uint16Array(capacity);
    this.session = new Uint32Array(capacity);
    this.traffic = new Uint8Array(capacity);
    this.item = new Uint16Array(capacity);
    this.value = new Float64Array(capacity);
  }

  push(customer, timestamp, name, session, traffic, item, value) {
    if (this.size === this.customer.length) this.#grow();
    const i = this.size;
    this.customer[i] = customer;
    // GA4 timestamps are integer microseconds; as milliseconds they keep three decimals.
    this.timestamp[i] = Math.round(timestamp * 1000) / 1000;
    this.name[i] = name;
    this.session[i] = session;
    this.traffic[i] = traffic;
    this.item[i] = item;
    this.value[i] = value;
    this.size = i + 1;
  }

  #grow() {
    for (const key of ["customer", "timestamp", "name", "session", "traffic", "item", "value"]) {
      const larger = new this[key].constructor(this[key].length * 2);
      larger.set(this[key]);
      this[key] = larger;
    }
  }
}

function pickTraffic(next) {
  let roll = next();
  for (let k = 0; k < TRAFFIC_SOURCES.length; k += 1) {
    roll -= TRAFFIC_SOURCES[k].weight;
    if (roll < 0) return k;
  }
  return 0;
}

/** Exponentially distributed gap with the given mean. */
function gap(next, mean) {
  return -Math.log(1 - next()) * mean;
}

function simulateSession(out, next, customer, session, traffic, start, firstSession) {
  const push = out.push.bind(out);
  let t = start;
  // GA4 logs these on one timestamp: ties that only input order can break.
  if (firstSession) push(customer, t, NAME.first_visit, session, traffic, NO_ITEM, Number.NaN);
  push(customer, t, NAME.session_start, session, traffic, NO_ITEM, Number.NaN);
  push(customer, t, NAME.page_view, session, traffic, NO_ITEM, Number.NaN);
  let item = Math.floor(next() * PRODUCTS.length);
  const views = 1 + Math.floor(gap(next, 1.9));
  let cart = 0;
  for (let v = 0; v < views; v += 1) {
    t += 2000 + gap(next, 40_000);
    if (next() < 0.6) item = Math.floor(next() * PRODUCTS.length);
    push(customer, t, NAME.page_view, session, traffic, NO_ITEM, Number.NaN);
    push(customer, t + 150 + next() * 400, NAME.view_item, session, traffic, item, Number.NaN);
    if (next() < 0.16) {
      t += 1000 + gap(next, 20_000);
      push(customer, t, NAME.add_to_cart, session, traffic, item, PRODUCTS[item].price);
      cart += PRODUCTS[item].price;
    }
  }
  if (cart === 0) return t;
  if (next() < 0.6) {
    t += 1000 + gap(next, 15_000);
    push(customer, t, NAME.view_cart, session, traffic, NO_ITEM, cart);
  }
  if (next() < 0.5) return t;
  t += 1000 + gap(next, 30_000);
  push(customer, t, NAME.begin_checkout, session, traffic, NO_ITEM, cart);
  if (next() < 0.15) return t;
  t += 5000 + gap(next, 60_000);
  push(customer, t, NAME.add_shipping_info, session, traffic, NO_ITEM, cart);
  if (next() < 0.2) return t;
  // Sometimes both tags fire on the same timestamp.
  if (next() > 0.05) t += 3000 + gap(next, 45_000);
  push(customer, t, NAME.add_payment_info, session, traffic, NO_ITEM, cart);
  if (next() < 0.25) return t;
  // A few purchases are logged a little before add_payment_info (tags fire out of order).
  const paid = next() < 0.03 ? t - 20 - next() * 40 : t + 2000 + gap(next, 20_000);
  push(customer, paid, NAME.purchase, session, traffic, NO_ITEM, cart);
  return Math.max(t, paid);
}

/**
 * Generates the events of `customers` shop customers (about 20 events each), deterministically.
 *
 * @param {{ customers?: number, seed?: number, start?: number, days?: number }} [options]
 *   `start`: first day, ms since the epoch (default 2024-01-01 UTC); `days`: how many days
 *   customers may first visit in (default 28).
 * @returns {ShopEvents} columns in export order: `size`, `customer` (index into `customerIds`,
 *   GA4 user_pseudo_id strings), `timestamp` (ms, microsecond precision), `name` (index into
 *   `names`), `session` (index into `sessionIds`, GA4 ga_session_id strings, scoped per
 *   customer), `traffic` (index into TRAFFIC_SOURCES), `item` (index into the product list or
 *   0xFFFF), `value` (NaN when none), plus `names` and `sessionNumber` per session.
 */
export function generateShopEvents(options = {}) {
  const { customers = 1000, seed = 1, start = Date.UTC(2024, 0, 1), days = 28 } = options;
  const next = seededRandom(seed);
  const out = new Columns(Math.max(1024, customers * 22));
  const customerIds = new Array(customers);
  const sessionIds = [];
  const sessionNumber = [];
  for (let c = 0; c < customers; c += 1) {
    let t = start + next() * days * DAY_MS;
    customerIds[c] = `${1_000_000_000 + Math.floor(next() * 999_999_999)}.${Math.floor(t / 1000)}`;
    let traffic = pickTraffic(next);
    const sessions = 1 + Math.min(9, Math.floor(gap(next, 1.9)));
    for (let s = 0; s < sessions; s += 1) {
      if (s > 0) {
        t += 600_000 + gap(next, 2 * DAY_MS);
        if (next() < 0.5) traffic = pickTraffic(next);
      }
      const session = sessionIds.length;
      sessionIds.push(String(Math.floor(t / 1000)));
      sessionNumber.push(s + 1);
      t = simulateSession(out, next, c, session, traffic, t, s === 0);
    }
  }
  return toExportOrder(out, { customerIds, sessionIds, sessionNumber, start, next });
}

/**
 * Puts rows in the order a GA4 export has them: grouped by (UTC) day, customers interleaved
 * within a day, and about 2% of rows a day late (as when a device was offline).
 */
function toExportOrder(columns, { customerIds, sessionIds, sessionNumber, start, next }) {
  const { size } = columns;
  const bucket = new Uint32Array(size);
  let buckets = 0;
  for (let i = 0; i < size; i += 1) {
    const day = Math.max(0, Math.floor((columns.timestamp[i] - start) / DAY_MS)) + (next() < 0.02 ? 1 : 0);
    bucket[i] = day;
    if (day + 1 > buckets) buckets = day + 1;
  }
  const offset = new Uint32Array(buckets + 1);
  for (let i = 0; i < size; i += 1) offset[bucket[i] + 1] += 1;
  for (let b = 0; b < buckets; b += 1) offset[b + 1] += offset[b];
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i += 1) order[offset[bucket[i]]++] = i;
  const pick = (column) => {
    const result = new column.constructor(size);
    for (let i = 0; i < size; i += 1) result[i] = column[order[i]];
    return result;
  };
  return {
    size,
    customer: pick(columns.customer),
    customerIds,
    timestamp: pick(columns.timestamp),
    name: pick(columns.name),
    names: SHOP_EVENT_NAMES,
    session: pick(columns.session),
    sessionIds,
    sessionNumber,
    traffic: pick(columns.traffic),
    item: pick(columns.item),
    value: pick(columns.value),
  };
}

/**
 * Row `i` as a journeykit `JourneyEvent`: customer = user_pseudo_id, session = ga_session_id,
 * traffic source and medium, `value` on ecommerce events, and the page and item as properties.
 */
export function toJourneyEvent(events, i) {
  const traffic = TRAFFIC_SOURCES[events.traffic[i]];
  const item = events.item[i];
  const value = events.value[i];
  const event = {
    customerId: events.customerIds[events.customer[i]],
    timestamp: events.timestamp[i],
    name: events.names[events.name[i]],
    sessionId: events.sessionIds[events.session[i]],
    source: traffic.source,
    medium: traffic.medium,
    properties: { page_location: pageOf(events, i) },
  };
  if (!Number.isNaN(value)) {
    event.value = value;
    event.properties.currency = "NOK";
  }
  if (item !== NO_ITEM) event.properties.item_id = PRODUCTS[item].id;
  return event;
}

/** Every row as a `JourneyEvent`, in export order. */
export function* journeyEvents(events) {
  for (let i = 0; i < events.size; i += 1) yield toJourneyEvent(events, i);
}

function pageOf(events, i) {
  const name = events.names[events.name[i]];
  const item = events.item[i];
  if (item !== NO_ITEM) return `https://shop.example/products/${PRODUCTS[item].id.toLowerCase()}`;
  if (name === "add_to_cart" || name === "view_cart") return "https://shop.example/cart";
  if (name === "purchase") return "https://shop.example/checkout/thank-you";
  if (name === "begin_checkout" || name.startsWith("add_")) return "https://shop.example/checkout";
  return "https://shop.example/";
}

const param = (key, kind, value) => ({
  key,
  value: {
    string_value: kind === "string" ? value : null,
    int_value: kind === "int" ? String(value) : null,
    float_value: null,
    double_value: kind === "double" ? value : null,
  },
});

/**
 * Row `i` as a GA4 BigQuery export row, shaped like the real export: nested `event_params`
 * (`ga_session_id`, `ga_session_number`, `page_location`, `engagement_time_msec`, and `currency`,
 * `value`, `transaction_id` on ecommerce events), INT64 values as JSON strings, explicit nulls,
 * `traffic_source`, `collected_traffic_source`, `device`, `geo`, `items` and `ecommerce`.
 */
export function toGa4ExportRow(events, i) {
  const micros = Math.round(events.timestamp[i] * 1000);
  const date = new Date(Math.floor(micros / 1000));
  const name = events.names[events.name[i]];
  const customerId = events.customerIds[events.customer[i]];
  const session = events.session[i];
  const traffic = TRAFFIC_SOURCES[events.traffic[i]];
  const value = events.value[i];
  const item = events.item[i];
  const hasValue = !Number.isNaN(value);
  const params = [
    param("ga_session_id", "int", events.sessionIds[session]),
    param("ga_session_number", "int", events.sessionNumber[session]),
    param("page_location", "string", pageOf(events, i)),
    param("engagement_time_msec", "int", 100 + (micros % 9000)),
  ];
  if (name === "session_start" && traffic.medium !== "(none)") {
    params.push(param("source", "string", traffic.source), param("medium", "string", traffic.medium));
  }
  if (hasValue) params.push(param("currency", "string", "NOK"), param("value", "double", value));
  const transactionId = `T${customerId.slice(0, 6)}${micros % 1_000_000}`;
  if (name === "purchase") params.push(param("transaction_id", "string", transactionId));
  const items =
    item === NO_ITEM
      ? []
      : [
          {
            item_id: PRODUCTS[item].id,
            item_name: PRODUCTS[item].name,
            item_category: PRODUCTS[item].category,
            price: PRODUCTS[item].price,
            quantity: "1",
            item_revenue: null,
          },
        ];
  const firstTouch = Number(customerId.split(".")[1]) * 1_000_000;
  return {
    event_date: date.toISOString().slice(0, 10).replaceAll("-", ""),
    event_timestamp: String(micros),
    event_name: name,
    event_params: params,
    event_previous_timestamp: null,
    event_value_in_usd: hasValue ? Math.round(value * 9.5) / 100 : null,
    event_bundle_sequence_id: String(1_000_000 + (micros % 999_983)),
    event_server_timestamp_offset: null,
    user_id: null,
    user_pseudo_id: customerId,
    privacy_info: { analytics_storage: "Yes", ads_storage: "Yes", uses_transient_token: "No" },
    user_properties: [],
    user_first_touch_timestamp: String(firstTouch),
    user_ltv: { revenue: "0.0", currency: "USD" },
    device: {
      category: micros % 3 === 0 ? "desktop" : "mobile",
      operating_system: micros % 3 === 0 ? "Windows" : "Android",
      language: "nb-no",
      is_limited_ad_tracking: "No",
      web_info: { browser: "Chrome", browser_version: "120.0.0.0", hostname: "shop.example" },
    },
    geo: {
      city: "Oslo",
      country: "Norway",
      continent: "Europe",
      region: "Oslo",
      sub_continent: "Northern Europe",
      metro: "(not set)",
    },
    app_info: null,
    traffic_source: { name: traffic.name, medium: traffic.medium, source: traffic.source },
    collected_traffic_source:
      name === "session_start"
        ? {
            manual_campaign_name: traffic.name,
            manual_source: traffic.source,
            manual_medium: traffic.medium,
            gclid: null,
          }
        : null,
    stream_id: "1234567890",
    platform: "WEB",
    event_dimensions: null,
    ecommerce:
      name === "purchase"
        ? {
            total_item_quantity: "1",
            purchase_revenue: value,
            purchase_revenue_in_usd: Math.round(value * 9.5) / 100,
            transaction_id: transactionId,
            unique_items: "1",
          }
        : null,
    items,
    is_active_user: "true",
  };
}

/** Every row as a GA4 export row, in export order. */
export function* ga4ExportRows(events) {
  for (let i = 0; i < events.size; i += 1) yield toGa4ExportRow(events, i);
}

/** Writes objects as newline-delimited JSON, respecting back-pressure; resolves when done. */
export async function writeNdjson(rows, path) {
  const stream = createWriteStream(path);
  let buffer = "";
  for (const row of rows) {
    buffer += `${JSON.stringify(row)}\n`;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await once(stream, "drain");
      buffer = "";
    }
  }
  stream.end(buffer);
  await once(stream, "finish");
}

function parseArgs(argv) {
  const args = { customers: 1000, seed: 1, days: 28, format: "ga4", out: undefined };
  for (let k = 0; k < argv.length; k += 2) {
    const key = argv[k]?.replace(/^--/, "");
    const value = argv[k + 1];
    if (!(key in args) || value === undefined) {
      throw new Error(
        `Unknown or incomplete option ${argv[k]}; use --customers N --seed N --days N --format ga4|events --out FILE`,
      );
    }
    args[key] = key === "format" || key === "out" ? value : Number(value);
  }
  if (args.format !== "ga4" && args.format !== "events")
    throw new Error(`--format must be ga4 or events, got ${args.format}`);
  return args;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const events = generateShopEvents(args);
  const summary = `${events.size} events, ${events.customerIds.length} customers, ${events.sessionIds.length} sessions (seed ${args.seed})`;
  if (args.out === undefined) {
    console.log(
      `${summary}; pass --out FILE to write them as ${args.format === "ga4" ? "GA4 export rows" : "JourneyEvent objects"} (NDJSON)`,
    );
  } else {
    await writeNdjson(args.format === "ga4" ? ga4ExportRows(events) : journeyEvents(events), args.out);
    console.log(`Wrote ${summary} to ${args.out}`);
  }
}
