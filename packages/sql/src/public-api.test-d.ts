// The published surface of @journeykit/sql: every value name exactly (a name added or dropped fails here
// until this file, and a changeset, say so) and every type name present.
import { describe, expectTypeOf, it } from "vitest";
import type * as Sql from "./index";
import type * as SqlInternal from "./internal";

describe("@journeykit/sql's public API", () => {
  it("@journeykit/sql exports exactly these values", () => {
    expectTypeOf<keyof typeof Sql>().toEqualTypeOf<
      "SqlResultError" | "ToSqlOptionsSchema" | "UnsupportedQueryError" | "fromSqlRows" | "toSql"
    >();
  });

  it("@journeykit/sql/internal exports exactly these values", () => {
    expectTypeOf<keyof typeof SqlInternal>().toEqualTypeOf<"EVENT_COLUMNS" | "toEventsSql">();
  });

  it("@journeykit/sql exports these types", () => {
    expectTypeOf<
      [
        Sql.AnalysisQuery,
        Sql.AnalysisResult<Sql.AnalysisQuery>,
        Sql.ConformanceQuery,
        Sql.DirectlyFollowsQuery,
        Sql.FunnelQuery,
        Sql.PathVariantsQuery,
        Sql.SqlParamType,
        Sql.SqlParamValue,
        Sql.SqlRow,
        Sql.SqlStatement,
        Sql.StageFunnelQuery,
        Sql.ToSqlOptions,
      ]
    >().not.toBeNever();
  });

  it("keeps the signatures of the main calls", () => {
    expectTypeOf<typeof Sql.toSql>().toEqualTypeOf<
      (query: Sql.AnalysisQuery, options: Sql.ToSqlOptions) => Sql.SqlStatement
    >();
    expectTypeOf<typeof Sql.fromSqlRows<Sql.AnalysisQuery>>().parameters.toEqualTypeOf<
      [query: Sql.AnalysisQuery, rows: readonly Sql.SqlRow[]]
    >();
  });
});
