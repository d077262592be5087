// toSql's own options, and the queries it refuses: the errors name the option and say why.
import { defineJourney, InvalidOptionError, JourneyValidationError } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";
import type { AnalysisQuery } from "../query/analysis-query";
import { toSql } from "./to-sql";

const bigquery = { dialect: "bigquery", table: "my-project.analytics_1.events_*" } as const;
const funnelOf = (options: Extract<AnalysisQuery, { analysis: "funnel" }>["options"]): AnalysisQuery => ({
  analysis: "funnel",
  options,
});

function optionOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (InvalidOptionError.isInstance(error) || UnsupportedQueryError.isInstance(error)) return error.option;
    throw error;
  }
  throw new Error("expected an error");
}

describe("toSql options", () => {
  const query = funnelOf({ steps: ["view_item", "purchase"] });

  it.each([
    [{ ...bigquery, dialect: "postgres" }, "dialect"],
    [{ ...bigquery, table: "" }, "table"],
    [{ ...bigquery, table: "p.d.t`; DROP" }, "table"],
    [{ dialect: "duckdb", table: "a.\nb" }, "table"],
    [{ dialect: "duckdb", table: "a..b" }, "table"],
    [{ ...bigquery, dateRange: { start: "2024-02-30", end: "2024-03-01" } }, "dateRange.start"],
    [{ ...bigquery, dateRange: { start: "2024-03-02", end: "2024-03-01" } }, "dateRange"],
    [{ ...bigquery, identity: "email" }, "identity"],
    [{ ...bigquery, dateRang: {} }, "dateRang"],
  ])("rejects %j, naming %s", (options, option) => {
    expect(optionOf(() => toSql(query, options as never))).toBe(option);
  });

  it("reads days as ISO dates or table suffixes, and filters daily tables by suffix", () => {
    const { sql, params } = toSql(query, {
      ...bigquery,
      dateRange: { start: "20240101", end: "2024-01-31" },
    });
    expect(params).toMatchObject({ start_day: "20240101", end_day: "20240131" });
    expect(sql).toContain("_TABLE_SUFFIX BETWEEN @start_day AND @end_day");
    const single = toSql(query, {
      ...bigquery,
      table: "p.d.events_20240101",
      dateRange: { start: "2024-01-01", end: "2024-01-01" },
    });
    expect(single.sql).toContain("event_date BETWEEN @start_day AND @end_day");
  });

  it("quotes DuckDB table names part by part", () => {
    expect(toSql(query, { dialect: "duckdb", table: 'main.my "events"' }).sql).toContain(
      `FROM "main"."my ""events"""`,
    );
  });

  it("writes one statement when asked not to materialize, and never for DuckDB", () => {
    expect(toSql(query, { ...bigquery, materialize: false }).sql).not.toContain("CREATE TEMP TABLE");
    expect(toSql(query, bigquery).sql).toContain("CREATE TEMP TABLE journeykit_events AS");
    expect(toSql(query, { dialect: "duckdb", table: "ga4_events" }).sql).not.toContain("CREATE");
  });

  it("reads only the columns it needs when duplicates are kept", () => {
    const { sql } = toSql(query, { ...bigquery, duplicates: "keep", batchColumns: false });
    expect(sql).toContain("SELECT event_name, event_timestamp, user_pseudo_id\n");
    expect(sql).not.toContain("COALESCE(batch_page_id");
  });

  it("rejects an unknown analysis", () => {
    expect(optionOf(() => toSql({ analysis: "retention" } as never, bigquery))).toBe("analysis");
  });
});

describe("toSql rejects what SQL cannot compute exactly", () => {
  it.each<[string, AnalysisQuery, string]>([
    [
      "a condition on an event's channel",
      funnelOf({ steps: [{ name: "session_start", channel: { equals: "search" } }] }),
      "options.steps[0].channel",
    ],
    [
      "a condition on channel inside an OR-step",
      funnelOf({ steps: ["a", { anyOf: ["b", { name: "c", channel: { equals: "email" } }] }] }),
      "options.steps[1].anyOf[1].channel",
    ],
    [
      "a breakdown by segment",
      funnelOf({ steps: ["a"], breakdown: { segment: { ann: "vip" } } }),
      "options.breakdown.segment",
    ],
    [
      "a breakdown by channel",
      funnelOf({ steps: ["a"], breakdown: { field: "channel" } }),
      "options.breakdown.field",
    ],
    [
      "any-order steps that can match the same event",
      funnelOf({ steps: ["a", { anyOf: ["b", "a"] }], order: "any" }),
      "options.steps[1]",
    ],
    [
      "a within of a fraction of a millisecond",
      funnelOf({ steps: ["a", { name: "b", within: 1.5 }] }),
      "options.steps[1].within",
    ],
    [
      "a channel condition in path options",
      { analysis: "pathVariants", options: { startAt: { name: "a", channel: { equals: "search" } } } },
      "options.startAt.channel",
    ],
  ])("%s", (_, query, option) => {
    expect(optionOf(() => toSql(query, bigquery))).toBe(option);
  });

  it("a source or medium condition with the session's traffic source", () => {
    const query = funnelOf({ steps: [{ name: "session_start", medium: { equals: "cpc" } }] });
    expect(optionOf(() => toSql(query, { ...bigquery, trafficSource: "session" }))).toBe(
      "options.steps[0].medium",
    );
    expect(toSql(query, { ...bigquery, trafficSource: "user" }).sql).toContain("traffic_source AS traffic");
  });

  it("rejects invalid options with the in-memory functions' errors", () => {
    expect(optionOf(() => toSql({ analysis: "pathVariants", options: { maxSteps: 0 } }, bigquery))).toBe(
      "maxSteps",
    );
    expect(
      optionOf(() =>
        toSql({ analysis: "directlyFollows", options: { withinSession: true } as never }, bigquery),
      ),
    ).toBe("withinSession");
    const journey = defineJourney({
      format: "journeykit/v1",
      id: "j",
      name: "J",
      version: "1",
      touchpoints: [
        { id: "t", name: "T", channel: "web", kind: "digital", stages: ["s"], events: [{ name: "a" }] },
      ],
      stages: [{ id: "s", name: "S", order: 1, touchpoints: ["t"] }],
    });
    expect(
      optionOf(() => toSql({ analysis: "conformance", journey, options: { optional: ["x"] } }, bigquery)),
    ).toBe("optional[0]");
    expect(
      optionOf(() => toSql({ analysis: "stageFunnel", journey, options: { stages: ["x"] } }, bigquery)),
    ).toBe("stages[0]");
    const broken = { ...journey, stages: [{ ...journey.stages[0], touchpoints: ["missing"] }] } as never;
    expect(() => toSql({ analysis: "conformance", journey: broken }, bigquery)).toThrow(
      JourneyValidationError,
    );
  });
});
