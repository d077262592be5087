// @journeykit/sql's DuckDB dialect against the in-memory analyses, on generated GA4-shaped shop
// events (1M and 5M). Both start from the same events: DuckDB from a table shaped like the GA4
// export (event_params a list of { key, value } structs, the batch columns set to the export
// order), journeykit from an EventLog built from the generator's columns. Each query's rows are
// read back with fromSqlRows and must equal the in-memory result (mean times to 12 digits: a float
// sum's last bits depend on the order it is added in). Loading is timed separately from the
// queries. DuckDB runs with 2 threads; the generator makes no duplicate rows, so the SQL keeps
// them (duplicates: "keep") rather than spend a DISTINCT over every column.
import { isDeepStrictEqual } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import {
  conformance,
  defineJourney,
  directlyFollows,
  EventLog,
  funnel,
  pathVariants,
} from "@journeykit/core";
import { fromSqlRows, toSql } from "@journeykit/sql";
import { BENCH_FUNNEL_STEPS, generateShopEvents } from "./generator.mjs";
import { bestOf, bestOfAsync } from "./timing.mjs";

// BENCH_SIZES=1000000 runs one size, for a quick check.
const SIZES = process.env.BENCH_SIZES?.split(",").map(Number) ?? [1_000_000, 5_000_000];
const EVENTS_PER_CUSTOMER = 20;

const journey = defineJourney({
  format: "journeykit/v1",
  id: "shop",
  name: "Shop",
  version: "1",
  touchpoints: [
    {
      id: "site",
      name: "Site",
      channel: "web",
      kind: "digital",
      stages: ["browse"],
      events: [{ name: "page_view" }, { name: "view_item" }],
    },
    {
      id: "cart",
      name: "Cart",
      channel: "web",
      kind: "digital",
      stages: ["cart"],
      events: [{ name: "add_to_cart" }, { name: "view_cart" }],
    },
    {
      id: "checkout",
      name: "Checkout",
      channel: "web",
      kind: "digital",
      stages: ["checkout"],
      events: [{ name: "begin_checkout" }, { name: "add_shipping_info" }, { name: "add_payment_info" }],
    },
    {
      id: "order",
      name: "Order",
      channel: "web",
      kind: "digital",
      stages: ["buy"],
      events: [{ name: "purchase" }],
    },
  ],
  stages: [
    { id: "browse", name: "Browse", order: 1, touchpoints: ["site"] },
    { id: "cart", name: "Cart", order: 2, touchpoints: ["cart"] },
    { id: "checkout", name: "Checkout", order: 3, touchpoints: ["checkout"] },
    { id: "buy", name: "Buy", order: 4, touchpoints: ["order"] },
  ],
});

const QUERIES = [
  {
    label: "funnel (5 steps, 7 days)",
    query: { analysis: "funnel", options: { steps: BENCH_FUNNEL_STEPS, window: "7d" } },
    run: (log, q) => funnel(log, q.options),
  },
  {
    label: "funnel by sessions (5 steps)",
    query: { analysis: "funnel", options: { steps: BENCH_FUNNEL_STEPS, window: "7d", countBy: "sessions" } },
    run: (log, q) => funnel(log, q.options),
  },
  { label: "directlyFollows", query: { analysis: "directlyFollows" }, run: (log) => directlyFollows(log) },
  {
    label: "pathVariants (from view_item, 5 steps)",
    query: { analysis: "pathVariants", options: { startAt: "view_item", collapseRepeats: true } },
    run: (log, q) => pathVariants(log, q.options),
  },
  {
    label: "conformance (4 stages)",
    query: { analysis: "conformance", journey },
    run: (log) => conformance(journey, log),
  },
];

/** The same result, mean times compared to 12 significant digits. */
const comparable = (result) =>
  JSON.stringify(result, (key, value) =>
    key === "mean" && typeof value === "number" ? Number(value.toPrecision(12)) : value,
  );

/** Loads the shop's events into DuckDB as GA4 export rows: a flat staging table, then nested params. */
async function loadExportTable(connection, shop) {
  await connection.run(
    "CREATE OR REPLACE TABLE staging (user_pseudo_id VARCHAR, event_name VARCHAR, event_timestamp BIGINT, ga_session_id BIGINT, row_number BIGINT)",
  );
  const appender = await connection.createAppender("staging");
  for (let row = 0; row < shop.size; row += 1) {
    appender.appendVarchar(shop.customerIds[shop.customer[row]]);
    appender.appendVarchar(shop.names[shop.name[row]]);
    appender.appendBigInt(BigInt(Math.round(shop.timestamp[row] * 1000)));
    appender.appendBigInt(BigInt(shop.sessionIds[shop.session[row]]));
    appender.appendBigInt(BigInt(row));
    appender.endRow();
  }
  appender.closeSync();
  await connection.run(`CREATE OR REPLACE TABLE ga4_events AS
    SELECT
      strftime(make_timestamp(event_timestamp), '%Y%m%d') AS event_date,
      event_timestamp,
      event_name,
      [{ 'key': 'ga_session_id', 'value': { 'string_value': NULL::VARCHAR, 'int_value': ga_session_id, 'float_value': NULL::DOUBLE, 'double_value': NULL::DOUBLE } }] AS event_params,
      NULL::VARCHAR AS user_id,
      user_pseudo_id,
      1::BIGINT AS batch_page_id,
      1::BIGINT AS batch_ordering_id,
      row_number AS batch_event_index
    FROM staging`);
  await connection.run("DROP TABLE staging");
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (sqlMs, memoryMs) =>
  sqlMs >= memoryMs
    ? `in memory ${(sqlMs / memoryMs).toFixed(1)}x faster`
    : `SQL ${(memoryMs / sqlMs).toFixed(1)}x faster`;

const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
const connection = await instance.connect();
for (const size of SIZES) {
  const shop = generateShopEvents({ customers: Math.round(size / EVENTS_PER_CUSTOMER), seed: 1 });
  console.log(`\n${(shop.size / 1e6).toFixed(2)}M events, ${shop.customerIds.length / 1000}k customers`);
  const loaded = await bestOfAsync(1, () => loadExportTable(connection, shop));
  const built = bestOf(1, () =>
    EventLog.fromColumns({
      customer: shop.customer.subarray(0, shop.size),
      customerIds: shop.customerIds,
      timestamp: shop.timestamp.subarray(0, shop.size),
      name: shop.name.subarray(0, shop.size),
      names: shop.names,
      session: shop.session.subarray(0, shop.size),
      sessionIds: shop.sessionIds,
    }),
  );
  const log = built.result;
  console.log(
    `  load: DuckDB GA4-shaped table ${seconds(loaded.ms)}, EventLog.fromColumns ${seconds(built.ms)} (loading, not part of the ratios below)`,
  );
  for (const { label, query, run } of QUERIES) {
    const statement = toSql(query, { dialect: "duckdb", table: "ga4_events", duplicates: "keep" });
    const viaSql = await bestOfAsync(2, async () =>
      fromSqlRows(query, (await connection.runAndReadAll(statement.sql, statement.params)).getRowObjectsJS()),
    );
    const inMemory = bestOf(3, () => run(log, query));
    if (!isDeepStrictEqual(comparable(viaSql.result), comparable(inMemory.result))) {
      throw new Error(`${label}: the SQL and the in-memory result differ`);
    }
    console.log(
      `  ${label.padEnd(40)} SQL ${seconds(viaSql.ms).padStart(8)}   in memory ${seconds(inMemory.ms).padStart(8)}   ${ratio(viaSql.ms, inMemory.ms)} (identical results)`,
    );
  }
}
connection.closeSync();
instance.closeSync();
console.log(
  `\npeak memory (max RSS of the process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
