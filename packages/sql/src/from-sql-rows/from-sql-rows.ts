import { readConformance } from "../conformance/read-conformance";
import { readFunnel } from "../funnel/read-funnel";
import { readStageFunnel } from "../funnel/read-stage-funnel";
import { readDirectlyFollows } from "../paths/read-directly-follows";
import { readPathVariants } from "../paths/read-path-variants";
import type { AnalysisQuery, AnalysisResult } from "../query/analysis-query";
import { unknownAnalysis } from "../query/unknown-analysis";
import type { SqlRow } from "../results/read-cell";

/**
 * Reads the rows of a query made by {@link toSql} back into the result type of the in-memory
 * function: a `FunnelResult` for `{ analysis: "funnel" }`, a `DirectlyFollowsResult` for
 * `{ analysis: "directlyFollows" }`, and so on, sorted and rounded as in memory, so results from
 * BigQuery and from an `EventLog` can be compared, rendered and serialised alike.
 *
 * Pass the same query that made the SQL (its options decide labels, `top` and defaults) and the
 * rows as the client returns them: numbers, bigints (DuckDB) or digit strings are all read.
 *
 * @param query - The query given to `toSql`.
 * @param rows - The result rows of its SQL.
 * @returns The analysis' result, typed by the query.
 * @throws {@link SqlResultError} when the rows are not that query's rows; `InvalidOptionError`
 * when the query itself is invalid (as `toSql` would have said), or, for `countBy: "sessions"`,
 * when the export had events but none with a session.
 *
 * @example
 * ```ts
 * const query = { analysis: "directlyFollows" } as const;
 * const rows = (await connection.runAndReadAll(toSql(query, { dialect: "duckdb", table: "ga4_events" }).sql)).getRowObjectsJS();
 * const graph = fromSqlRows(query, rows);
 * graph.transitions[0]; // { from: "view_item", to: "add_to_cart", events: 7, customers: 5 }
 * ```
 */
export function fromSqlRows<Query extends AnalysisQuery>(
  query: Query,
  rows: readonly SqlRow[],
): AnalysisResult<Query> {
  const typed = query as AnalysisQuery;
  switch (typed?.analysis) {
    case "funnel":
      return readFunnel(typed.options, rows) as AnalysisResult<Query>;
    case "stageFunnel":
      return readStageFunnel(typed.journey, typed.options, rows) as AnalysisResult<Query>;
    case "directlyFollows":
      return readDirectlyFollows(rows) as AnalysisResult<Query>;
    case "pathVariants":
      return readPathVariants(typed.options, rows) as AnalysisResult<Query>;
    case "conformance":
      return readConformance(typed.journey, typed.options, rows) as AnalysisResult<Query>;
    default:
      throw unknownAnalysis(query);
  }
}
