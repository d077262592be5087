// The public surface of @journeykit/sql.
export { SqlResultError } from "./errors/sql-result-error";
export { UnsupportedQueryError } from "./errors/unsupported-query-error";
export { fromSqlRows } from "./from-sql-rows/from-sql-rows";
export type {
  AnalysisQuery,
  AnalysisResult,
  ConformanceQuery,
  DirectlyFollowsQuery,
  FunnelQuery,
  PathVariantsQuery,
  StageFunnelQuery,
} from "./query/analysis-query";
export type { SqlRow } from "./results/read-cell";
export type { SqlParamType, SqlParamValue, SqlStatement } from "./statement/sql-statement";
export { toSql } from "./to-sql/to-sql";
export { type ToSqlOptions, ToSqlOptionsSchema } from "./to-sql/to-sql-options";
