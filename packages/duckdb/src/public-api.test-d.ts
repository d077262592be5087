// The published surface of @journeykit/duckdb: every value name exactly (a name added or dropped
// fails here until this file, and a changeset, say so) and every type name present.
import { describe, expectTypeOf, it } from "vitest";
import type * as DuckDb from "./index";

describe("@journeykit/duckdb's public API", () => {
  it("@journeykit/duckdb exports exactly these values", () => {
    expectTypeOf<keyof typeof DuckDb>().toEqualTypeOf<
      "DUCKDB_READ_DETAILS" | "ReadGa4LogOptionsSchema" | "readGa4Batches" | "readGa4Log"
    >();
  });

  it("@journeykit/duckdb exports these types", () => {
    expectTypeOf<
      [DuckDb.DuckDbReadDetails, DuckDb.Ga4DuckDbSource, DuckDb.ReadGa4LogOptions]
    >().not.toBeNever();
  });
});
