// The three analyses bench/file-to-answer.bench.mjs runs from a file, each as an in-memory call
// and as the toSql query that computes the same thing in DuckDB, and the export columns the
// DuckDB-alone side reads for them.
import { conformance, defineJourney, funnel, stageFunnel } from "@journeykit/core";
import { BENCH_FUNNEL_STEPS } from "./generator.mjs";

const web = (id, name, stage, events) => ({
  id,
  name,
  channel: "web",
  kind: "digital",
  stages: [stage],
  events: events.map((event) => ({ name: event })),
});

/** A four-stage shop journey, as bench/sql.bench.mjs's: browse, cart, checkout, buy. */
export const SHOP_JOURNEY = defineJourney({
  format: "journeykit/v1",
  id: "shop",
  name: "Shop",
  version: "1",
  touchpoints: [
    web("site", "Site", "browse", ["page_view", "view_item"]),
    web("cart", "Cart", "cart", ["add_to_cart", "view_cart"]),
    web("checkout", "Checkout", "checkout", ["begin_checkout", "add_shipping_info", "add_payment_info"]),
    web("order", "Order", "buy", ["purchase"]),
  ],
  stages: [
    { id: "browse", name: "Browse", order: 1, touchpoints: ["site"] },
    { id: "cart", name: "Cart", order: 2, touchpoints: ["cart"] },
    { id: "checkout", name: "Checkout", order: 3, touchpoints: ["checkout"] },
    { id: "buy", name: "Buy", order: 4, touchpoints: ["order"] },
  ],
});

/** In file order: the funnel first (the "file to funnel" time ends after it), then the other two. */
export const ANALYSES = [
  {
    label: "funnel",
    query: { analysis: "funnel", options: { steps: BENCH_FUNNEL_STEPS, window: "7d" } },
    inMemory: (log) => funnel(log, { steps: BENCH_FUNNEL_STEPS, window: "7d" }),
  },
  {
    label: "stageFunnel",
    query: { analysis: "stageFunnel", journey: SHOP_JOURNEY },
    inMemory: (log) => stageFunnel(SHOP_JOURNEY, log),
  },
  {
    label: "conformance",
    query: { analysis: "conformance", journey: SHOP_JOURNEY },
    inMemory: (log) => conformance(SHOP_JOURNEY, log),
  },
];

/**
 * The export columns the three queries read, with the export's types (INT64s arrive as JSON
 * strings): who, what, when, the session (ga_session_id in event_params) and the batch order.
 * toSql's duplicate removal compares rows on these columns, which tell any two different events
 * of both generators apart.
 */
export const QUERY_COLUMNS = {
  event_timestamp: "BIGINT",
  event_name: "VARCHAR",
  event_params:
    "STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE))[]",
  user_pseudo_id: "VARCHAR",
  batch_page_id: "BIGINT",
  batch_ordering_id: "BIGINT",
  batch_event_index: "BIGINT",
};

/** A result as text, mean times to 12 significant digits (a float sum's last bits depend on its order). */
export const comparable = (result) =>
  JSON.stringify(result, (key, value) =>
    key === "mean" && typeof value === "number" ? Number(value.toPrecision(12)) : value,
  );
