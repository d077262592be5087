// The export files bench/file-to-answer.bench.mjs reads, made once and kept in the temp folder
// (named by generator, size, seed and a hash of the generator's source, so that a changed
// generator makes new files; written under a temporary name and renamed when complete, so an
// interrupted run is never reused): NDJSON from either generator, a gzip copy of it, and a
// Parquet copy written by DuckDB with the BigQuery export's column types.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { DuckDBInstance } from "@duckdb/node-api";
import { ga4ExportRows, generateShopEvents, writeNdjson } from "./generator.mjs";
import { writeInterleavedExport } from "./interleaved-generator.mjs";

const PARAM_VALUE = "STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE)";

/** The GA4 BigQuery export's columns as DuckDB types (INT64 as BIGINT), for the Parquet copy. */
const EXPORT_SCHEMA = {
  event_date: "VARCHAR",
  event_timestamp: "BIGINT",
  event_name: "VARCHAR",
  event_params: `STRUCT(key VARCHAR, value ${PARAM_VALUE})[]`,
  event_previous_timestamp: "BIGINT",
  event_value_in_usd: "DOUBLE",
  event_bundle_sequence_id: "BIGINT",
  event_server_timestamp_offset: "BIGINT",
  user_id: "VARCHAR",
  user_pseudo_id: "VARCHAR",
  privacy_info: "STRUCT(analytics_storage VARCHAR, ads_storage VARCHAR, uses_transient_token VARCHAR)",
  user_properties: `STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE, set_timestamp_micros BIGINT))[]`,
  user_first_touch_timestamp: "BIGINT",
  user_ltv: "STRUCT(revenue DOUBLE, currency VARCHAR)",
  device:
    "STRUCT(category VARCHAR, mobile_brand_name VARCHAR, mobile_model_name VARCHAR, mobile_marketing_name VARCHAR, mobile_os_hardware_model VARCHAR, operating_system VARCHAR, operating_system_version VARCHAR, vendor_id VARCHAR, advertising_id VARCHAR, language VARCHAR, is_limited_ad_tracking VARCHAR, time_zone_offset_seconds BIGINT, browser VARCHAR, browser_version VARCHAR, web_info STRUCT(browser VARCHAR, browser_version VARCHAR, hostname VARCHAR))",
  geo: "STRUCT(city VARCHAR, country VARCHAR, continent VARCHAR, region VARCHAR, sub_continent VARCHAR, metro VARCHAR)",
  app_info:
    "STRUCT(id VARCHAR, version VARCHAR, install_store VARCHAR, firebase_app_id VARCHAR, install_source VARCHAR)",
  traffic_source: "STRUCT(name VARCHAR, medium VARCHAR, source VARCHAR)",
  stream_id: "VARCHAR",
  platform: "VARCHAR",
  event_dimensions: "STRUCT(hostname VARCHAR)",
  ecommerce:
    "STRUCT(total_item_quantity BIGINT, purchase_revenue_in_usd DOUBLE, purchase_revenue DOUBLE, refund_value_in_usd DOUBLE, refund_value DOUBLE, shipping_value_in_usd DOUBLE, shipping_value DOUBLE, tax_value_in_usd DOUBLE, tax_value DOUBLE, unique_items BIGINT, transaction_id VARCHAR)",
  items:
    "STRUCT(item_id VARCHAR, item_name VARCHAR, item_brand VARCHAR, item_variant VARCHAR, item_category VARCHAR, item_category2 VARCHAR, item_category3 VARCHAR, item_category4 VARCHAR, item_category5 VARCHAR, price_in_usd DOUBLE, price DOUBLE, quantity BIGINT, item_revenue_in_usd DOUBLE, item_revenue DOUBLE, item_refund_in_usd DOUBLE, item_refund DOUBLE, coupon VARCHAR, affiliation VARCHAR, location_id VARCHAR, item_list_id VARCHAR, item_list_name VARCHAR, item_list_index VARCHAR, promotion_id VARCHAR, promotion_name VARCHAR, creative_name VARCHAR, creative_slot VARCHAR)[]",
  collected_traffic_source:
    "STRUCT(manual_campaign_id VARCHAR, manual_campaign_name VARCHAR, manual_source VARCHAR, manual_medium VARCHAR, manual_term VARCHAR, manual_content VARCHAR, gclid VARCHAR, dclid VARCHAR, srsltid VARCHAR)",
  is_active_user: "BOOLEAN",
  batch_event_index: "BIGINT",
  batch_page_id: "BIGINT",
  batch_ordering_id: "BIGINT",
  session_traffic_source_last_click:
    "STRUCT(manual_campaign STRUCT(campaign_id VARCHAR, campaign_name VARCHAR, source VARCHAR, medium VARCHAR, term VARCHAR, content VARCHAR, source_platform VARCHAR), cross_channel_campaign STRUCT(campaign_id VARCHAR, campaign_name VARCHAR, source VARCHAR, medium VARCHAR, source_platform VARCHAR, default_channel_group VARCHAR, primary_channel_group VARCHAR))",
};

/** `path`, made by `write(temporaryPath)` unless a complete copy is already there. */
async function cached(path, write) {
  if (!existsSync(path)) {
    const partial = `${path}.partial`;
    await write(partial);
    renameSync(partial, path);
  }
  return path;
}

/** A short hash of these bench/ files' text. */
function sourceHash(names) {
  const hash = createHash("sha256");
  for (const name of names) hash.update(readFileSync(new URL(`./${name}`, import.meta.url)));
  return hash.digest("hex").slice(0, 8);
}

const INTERLEAVED_SOURCE = [
  "interleaved-generator.mjs",
  "interleaved-rows.mjs",
  "interleaved-shop.mjs",
  "interleaved-visit.mjs",
];

/** bench/interleaved-generator.mjs's export of about `megabytes` MB. */
export const interleavedExport = (megabytes, seed) =>
  cached(
    `${tmpdir()}/journeykit-interleaved-${megabytes}mb-seed${seed}-${sourceHash(INTERLEAVED_SOURCE)}.ndjson`,
    (path) => writeInterleavedExport(path, { megabytes, seed }),
  );

/** bench/generator.mjs's export of `customers` customers (about 29 kB of rows each). */
export const generatorExport = (customers, seed) =>
  cached(
    `${tmpdir()}/journeykit-generator-${customers}c-seed${seed}-${sourceHash(["generator.mjs"])}.ndjson`,
    (path) => writeNdjson(ga4ExportRows(generateShopEvents({ customers, seed })), path),
  );

async function writeGzip(ndjson, path) {
  await pipeline(createReadStream(ndjson), createGzip(), createWriteStream(path));
}

async function writeParquet(ndjson, path) {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  const quote = (text) => `'${text.replaceAll("'", "''")}'`;
  const columns = Object.entries(EXPORT_SCHEMA)
    .map(([name, type]) => `${name}: ${quote(type)}`)
    .join(", ");
  await connection.run(
    `COPY (SELECT * FROM read_json(${quote(ndjson)}, format = 'newline_delimited', columns = {${columns}}))
     TO ${quote(path)} (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
}

/** The export in the three formats read: NDJSON, NDJSON.gz (as BigQuery writes `.json.gz`), Parquet. */
export async function exportFormats(ndjson) {
  const base = ndjson.replace(/\.ndjson$/, "");
  return [
    { format: "NDJSON", path: ndjson },
    { format: "NDJSON.gz", path: await cached(`${base}.json.gz`, (path) => writeGzip(ndjson, path)) },
    { format: "Parquet", path: await cached(`${base}.parquet`, (path) => writeParquet(ndjson, path)) },
  ].map((file) => ({ ...file, bytes: statSync(file.path).size }));
}
