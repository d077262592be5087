import { conformanceSql } from "../conformance/conformance-sql";
import { bigQueryDialect } from "../dialect/bigquery-dialect";
import { duckDbDialect } from "../dialect/duckdb-dialect";
import { PropertyColumns } from "../export/property-columns";
import type { SqlContext } from "../export/sql-context";
import { TrafficFields } from "../export/traffic-fields";
import { funnelSql } from "../funnel/funnel-sql";
import { stageFunnelSql } from "../funnel/stage-funnel-sql";
import { directlyFollowsSql } from "../paths/directly-follows-sql";
import { pathVariantsSql } from "../paths/path-variants-sql";
import type { AnalysisQuery } from "../query/analysis-query";
import { unknownAnalysis } from "../query/unknown-analysis";
import { type Cte, cteQuery, materializedQuery } from "../statement/cte-query";
import { ParamBag } from "../statement/param-bag";
import { commentText } from "../statement/sql-comment";
import type { SqlStatement } from "../statement/sql-statement";
import { type ResolvedToSqlOptions, resolveToSqlOptions, type ToSqlOptions } from "./to-sql-options";

function compile(context: SqlContext, query: AnalysisQuery) {
  switch (query?.analysis) {
    case "funnel":
      return funnelSql(context, query.options, query.name);
    case "stageFunnel":
      return stageFunnelSql(context, query.journey, query.options);
    case "directlyFollows":
      return directlyFollowsSql(context, query.options);
    case "pathVariants":
      return pathVariantsSql(context, query.options);
    case "conformance":
      return conformanceSql(context, query.journey, query.options);
    default:
      throw unknownAnalysis(query);
  }
}

/**
 * Compiles an analysis to one SQL query over the GA4 export, for BigQuery (where a year of export
 * lives) or DuckDB, with the same semantics as the in-memory function: the same definition gives
 * the same result (see `docs/guides/bigquery.md` for the few differences a database imposes).
 * Read the query's rows back with {@link fromSqlRows}.
 *
 * Export rows become events as `readGa4Export` reads them: the customer per `identity`,
 * `event_timestamp` in milliseconds, sessions keyed by `user_pseudo_id` + `ga_session_id`, event
 * params coalesced from their typed values, duplicate rows removed, consent-mode rows left out;
 * events on the same microsecond are ordered by the batch columns.
 *
 * Every value from the query (event names, param keys and values, windows, days) is a named
 * parameter, never part of the SQL text; identifiers are quoted. The SQL is a chain of named CTEs
 * with comments naming the analysis and its steps.
 *
 * @param query - What to compute: `{ analysis: "funnel", options }`, `{ analysis: "stageFunnel", journey, options }`,
 * `{ analysis: "directlyFollows", options }`, `{ analysis: "pathVariants", options }` or
 * `{ analysis: "conformance", journey, options }`.
 * @param options - See {@link ToSqlOptionsSchema}: `dialect`, `table`, `dateRange`, `identity`, ...
 * @returns The SQL, its parameters and their types.
 * @throws `InvalidOptionError` for an invalid option (the same errors the in-memory function
 * throws for the same query), `JourneyValidationError` for an invalid journey, and
 * {@link UnsupportedQueryError} for what SQL cannot compute exactly.
 *
 * @example
 * ```ts
 * import { fromSqlRows, toSql } from "@journeykit/sql";
 * import { BigQuery } from "@google-cloud/bigquery";
 *
 * const query = { analysis: "funnel", name: "Checkout", options: { steps: ["view_item", "add_to_cart", "purchase"], window: "7d" } } as const;
 * const { sql, params, types } = toSql(query, {
 *   dialect: "bigquery",
 *   table: "my-project.analytics_123456.events_*",
 *   dateRange: { start: "2024-01-01", end: "2024-12-31" },
 * });
 * const [rows] = await new BigQuery().query({ query: sql, params, types });
 * const result = fromSqlRows(query, rows); // a FunnelResult, as funnel(log, query.options) returns
 * result.steps.map((step) => step.count); // [41230, 9120, 2010]
 * ```
 */
export function toSql(query: AnalysisQuery, options: ToSqlOptions): SqlStatement {
  const context = createSqlContext(resolveToSqlOptions(options));
  return writeStatement(context, compile(context, query));
}

/** A fresh context for one query. */
export function createSqlContext(options: ResolvedToSqlOptions): SqlContext {
  const dialect = options.dialect === "bigquery" ? bigQueryDialect : duckDbDialect;
  return {
    dialect,
    options,
    params: new ParamBag(dialect.placeholder),
    properties: new PropertyColumns(),
    traffic: new TrafficFields(options.trafficSource),
  };
}

/** The statement of a compiled query: its SQL under a header naming it, and its parameters. */
export function writeStatement(
  context: SqlContext,
  { title, ctes, final }: { readonly title: string; readonly ctes: readonly Cte[]; readonly final: string },
): SqlStatement {
  const { dialect, options: resolved, params } = context;
  const [first = "", ...details] = title.split("\n");
  const header = [
    `journeykit: ${commentText(first)}`,
    ...details.map((line) => `  ${commentText(line)}`),
    `Over the GA4 export in ${dialect.title}, written by @journeykit/sql; read the rows back with fromSqlRows.`,
  ];
  return {
    dialect: resolved.dialect,
    sql:
      resolved.dialect === "bigquery" && resolved.materialize
        ? materializedQuery(header, ctes, final)
        : `${cteQuery(header, ctes, final)}\n`,
    params: { ...params.params },
    types: { ...params.types },
  };
}
