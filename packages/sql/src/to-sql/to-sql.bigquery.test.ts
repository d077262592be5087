// The BigQuery dialect checked by a real GoogleSQL parser (node-sql-parser, BigQuery mode): the
// golden query of each analysis, and generated queries over every option; and each golden query
// compared with its committed file in test/fixtures (reviewed by hand; regenerate only on purpose
// with UPDATE_GOLDEN=1, then read the diff).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FunnelOptions } from "@journeykit/core";
import fc from "fast-check";
import NodeSqlParser from "node-sql-parser";
import { describe, expect, it } from "vitest";
import { goldenOptions, goldenQueries, journey } from "../../test/golden-queries";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";
import type { AnalysisQuery } from "../query/analysis-query";
import { toSql } from "./to-sql";

const parser = new NodeSqlParser.Parser();

/** Parses GoogleSQL; returns the statements' types (throws on a syntax error). */
function parseBigQuery(sql: string): string[] {
  const ast = parser.astify(sql, { database: "BigQuery" });
  return (Array.isArray(ast) ? ast : [ast]).map((statement) => statement.type);
}

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));

describe("toSql for BigQuery", () => {
  it.each(Object.entries(goldenQueries))(
    "writes the golden %s query: a script that parses",
    (kind, query) => {
      const statement = toSql(query, goldenOptions);
      // The events into a temporary table, then the analysis.
      expect(parseBigQuery(statement.sql)).toEqual(["create", "select"]);
      const golden = `${statement.sql}\n-- params: ${JSON.stringify(statement.params, null, 2).replaceAll("\n", "\n-- ")}\n`;
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(fixture(`${kind}.bigquery.sql`), golden);
      expect(golden).toBe(readFileSync(fixture(`${kind}.bigquery.sql`), "utf8"));
    },
  );

  it("binds every value from the query as a parameter and uses every parameter it binds", () => {
    for (const query of Object.values(goldenQueries)) {
      const { sql, params, types } = toSql(query, goldenOptions);
      expect(Object.keys(types).sort()).toEqual(Object.keys(params).sort());
      for (const name of Object.keys(params)) expect(sql).toMatch(new RegExp(`@${name}\\b`));
      expect(sql).not.toMatch(/'(view_item|purchase|NOK|2024|20240101)/);
    }
  });

  it("parses for every option of every analysis", () => {
    const step = fc.oneof(
      fc.constantFrom("view_item", "add_to_cart", "purchase"),
      fc.record({
        name: fc.constantFrom("page_view", "purchase"),
        where: fc.constant({ page_location: { prefix: "https://" }, value: { equals: 1 } }),
      }),
      fc.constant({ anyOf: ["sign_up", { name: "login", where: { method: { equals: null } } }] }),
    );
    const funnelOptions: fc.Arbitrary<FunnelOptions> = fc
      .record({
        steps: fc.array(step, { minLength: 1, maxLength: 4 }),
        order: fc.constantFrom("ordered", "strict", "any"),
        entry: fc.constantFrom("any", "first"),
        countBy: fc.constantFrom("customers", "sessions"),
        breakdown: fc.constantFrom(undefined, { property: "source", at: "last-step" as const }),
      })
      .map(({ breakdown, ...rest }) => ({ ...rest, ...(breakdown === undefined ? {} : { breakdown }) }));
    const queries: fc.Arbitrary<AnalysisQuery> = fc.oneof(
      funnelOptions.map((options) => ({ analysis: "funnel" as const, options })),
      fc
        .record({ withinSessions: fc.boolean() })
        .map((options) => ({ analysis: "directlyFollows" as const, options })),
      fc
        .record(
          {
            startAt: step,
            endAt: step,
            collapseRepeats: fc.boolean(),
            ignore: fc.array(step, { maxLength: 2 }),
          },
          { requiredKeys: [] },
        )
        .map((options) => ({ analysis: "pathVariants" as const, options })),
      fc.constantFrom("nearest", "earliest", "latest").map((ambiguousStage) => ({
        analysis: "conformance" as const,
        journey,
        options: { ambiguousStage },
      })),
      fc
        .constantFrom("ordered", "strict", "any")
        .map((order) => ({ analysis: "stageFunnel" as const, journey, options: { order } })),
    );
    const identity = fc.constantFrom("pseudo", "user-id", "stitched") as fc.Arbitrary<
      "pseudo" | "user-id" | "stitched"
    >;
    fc.assert(
      fc.property(queries, identity, fc.boolean(), fc.boolean(), (query, who, keep, materialize) => {
        let sql: string;
        try {
          sql = toSql(query, {
            ...goldenOptions,
            identity: who,
            duplicates: keep ? "keep" : "remove",
            materialize,
          }).sql;
        } catch (error) {
          if (
            UnsupportedQueryError.isInstance(error) ||
            (error as { code?: string }).code === "INVALID_OPTION"
          )
            return;
          throw error;
        }
        expect(parseBigQuery(sql)).toEqual(materialize ? ["create", "select"] : ["select"]);
      }),
      { numRuns: 150 },
    );
  });
});
