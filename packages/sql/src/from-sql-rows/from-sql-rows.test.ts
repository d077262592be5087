// fromSqlRows reads what database clients return (numbers, bigints, digit strings, BigQuery's
// wrapped integers) and refuses rows that are not its query's, naming the row and column.
import { describe, expect, it } from "vitest";
import { SqlResultError } from "../errors/sql-result-error";
import { fromSqlRows } from "./from-sql-rows";

const graph = { analysis: "directlyFollows" } as const;

function where(run: () => unknown): { row: number; column: string } {
  try {
    run();
  } catch (error) {
    if (SqlResultError.isInstance(error)) return { row: error.row, column: error.column };
    throw error;
  }
  throw new Error("expected a SqlResultError");
}

describe("fromSqlRows", () => {
  it("reads counts as numbers, bigints, digit strings or wrapped integers, and sorts as in memory", () => {
    const result = fromSqlRows(graph, [
      { part: "transition", from_name: "b", to_name: "a", events: 2n, customers: "2" },
      { part: "transition", from_name: "a", to_name: "b", events: 2, customers: { value: "1" } },
      { part: "start", from_name: "a", to_name: null, events: 1n, customers: 1n },
      { part: "end", from_name: "a", to_name: null, events: 1, customers: 1 },
    ]);
    expect(result).toEqual({
      transitions: [
        { from: "a", to: "b", events: 2, customers: 1 },
        { from: "b", to: "a", events: 2, customers: 2 },
      ],
      starts: [{ name: "a", events: 1, customers: 1 }],
      ends: [{ name: "a", events: 1, customers: 1 }],
      sequences: 1,
      totalTransitions: 4,
    });
  });

  it.each([
    [
      [{ part: "transition", from_name: "a", to_name: "b", events: "many", customers: 1 }],
      { row: 0, column: "events" },
    ],
    [
      [{ part: "transition", from_name: "a", to_name: "b", events: -1, customers: 1 }],
      { row: 0, column: "events" },
    ],
    [[{ part: "start", events: 1, customers: 1 }], { row: 0, column: "from_name" }],
    [
      [{ part: "start", from_name: "a", events: 1, customers: 1 }, { part: "variant" }],
      { row: 1, column: "part" },
    ],
    [[null], { row: 0, column: "" }],
  ])("rejects rows that are not its query's: %j", (rows, expected) => {
    expect(where(() => fromSqlRows(graph, rows as never))).toEqual(expected);
  });

  it("rejects something that is not a list of rows", () => {
    expect(where(() => fromSqlRows(graph, {} as never))).toEqual({ row: -1, column: "" });
  });

  it("rejects a funnel's step counts of the wrong length", () => {
    const query = { analysis: "funnel", options: { steps: ["a", "b"] } } as const;
    expect(
      where(() => fromSqlRows(query, [{ part: "steps", group_value: null, group_position: 0, counts: [1] }])),
    ).toEqual({
      row: 0,
      column: "counts",
    });
  });
});
