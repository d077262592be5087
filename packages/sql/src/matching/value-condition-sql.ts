import type { PropertyValue } from "@journeykit/core";
import type { ParamBag } from "../statement/param-bag";
import type { StepCondition } from "./step-parts";

/**
 * The columns a condition can test: the value as a string, as a number, and whether it is
 * present with no value (null). `undefined`: the value is never of that kind (an event's
 * `source` and `medium` are always strings).
 */
export interface ConditionColumns {
  string(): string;
  number(): string | undefined;
  isNull(): string | undefined;
}

function equalsSql(columns: ConditionColumns, value: PropertyValue, params: ParamBag, hint: string): string {
  if (typeof value === "string") return `${columns.string()} = ${params.text(hint, value)}`;
  // The export has no boolean values (GA4 writes them as strings or integers), so true and false
  // match nothing, as they match nothing in events read by readGa4Export.
  const column = value === null ? columns.isNull() : typeof value === "number" ? columns.number() : undefined;
  if (column === undefined) return "FALSE";
  return value === null ? column : `${column} = ${params.number(hint, value as number)}`;
}

/**
 * A condition on one value as SQL: `{ equals }` compares strings with strings and numbers with
 * numbers (a string "1" is not the number 1), `{ equals: null }` needs the value present and
 * empty, `{ oneOf }` is any of its values, `{ prefix }` applies to strings only. A missing value
 * matches no condition.
 */
export function valueConditionSql(
  columns: ConditionColumns,
  condition: StepCondition,
  params: ParamBag,
  hint: string,
): string {
  if ("equals" in condition) return equalsSql(columns, condition.equals, params, hint);
  if ("prefix" in condition)
    return `STARTS_WITH(${columns.string()}, ${params.text(hint, condition.prefix)})`;
  const alternatives = condition.oneOf.map((value) => equalsSql(columns, value, params, hint));
  return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(" OR ")})`;
}
