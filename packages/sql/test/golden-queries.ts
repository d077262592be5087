// Test support: one query per analysis, as a user would write it, for the golden BigQuery files in
// test/fixtures and the syntax checks. Regenerate the files only on purpose (UPDATE_GOLDEN=1)
// and read the diff before committing it.
import { defineJourney, type Journey } from "@journeykit/core";
import type { AnalysisQuery, ToSqlOptions } from "../src/index";

export const journey: Journey = defineJourney({
  format: "journeykit/v1",
  id: "web-shop",
  name: "Web shop",
  version: "1",
  touchpoints: [
    {
      id: "ads",
      name: "Search ads",
      channel: "search",
      kind: "digital",
      stages: ["discover"],
      events: [{ name: "session_start", medium: { equals: "cpc" } }],
    },
    {
      id: "pdp",
      name: "Product page",
      channel: "web",
      kind: "digital",
      stages: ["consider"],
      events: [{ name: "view_item" }],
    },
    {
      id: "cart",
      name: "Cart",
      channel: "web",
      kind: "digital",
      stages: ["consider", "buy"],
      events: [{ name: "add_to_cart" }],
    },
    {
      id: "checkout",
      name: "Checkout",
      channel: "web",
      kind: "digital",
      stages: ["buy"],
      events: [{ name: "begin_checkout" }, { name: "purchase" }],
    },
    { id: "store", name: "Store", channel: "store", kind: "physical", stages: ["buy"], events: [] },
  ],
  stages: [
    { id: "discover", name: "Discover", order: 1, touchpoints: ["ads"] },
    { id: "consider", name: "Consider", order: 2, touchpoints: ["pdp", "cart"] },
    { id: "buy", name: "Buy", order: 3, touchpoints: ["cart", "checkout", "store"] },
  ],
});

export const goldenOptions: ToSqlOptions = {
  dialect: "bigquery",
  table: "my-project.analytics_123456.events_*",
  dateRange: { start: "2024-01-01", end: "2024-03-31" },
};

/** One query per analysis, each using the options that shape its SQL most. */
export const goldenQueries: Record<string, AnalysisQuery> = {
  funnel: {
    analysis: "funnel",
    name: "Checkout",
    options: {
      steps: [
        "view_item",
        { name: "add_to_cart", where: { currency: { oneOf: ["NOK", "SEK"] } } },
        { name: "add_shipping_info", optional: true },
        { anyOf: ["begin_checkout", "add_payment_info"], label: "Checkout", within: "1d" },
        "purchase",
      ],
      window: "7d",
      exclusions: [{ event: "remove_from_cart", between: [1, 2] }],
      breakdown: { property: "page_referrer", top: 5 },
    },
  },
  stageFunnel: {
    analysis: "stageFunnel",
    journey,
    options: { countBy: "sessions", order: "strict", window: "1h" },
  },
  directlyFollows: { analysis: "directlyFollows", options: { withinSessions: true } },
  pathVariants: {
    analysis: "pathVariants",
    options: {
      startAt: "session_start",
      endAt: "purchase",
      maxSteps: 6,
      collapseRepeats: true,
      ignore: ["user_engagement", "scroll"],
    },
  },
  conformance: {
    analysis: "conformance",
    journey,
    options: { ignore: ["user_engagement"], unrecognised: "deviation", optional: ["discover"] },
  },
};
