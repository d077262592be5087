import type { PropertyValue } from "@journeykit/core";
import type { PropertyColumn } from "../export/property-columns";
import type { ParamBag } from "../statement/param-bag";
import type { StepCondition } from "./step-parts";

function equalsSql(column: PropertyColumn, value: PropertyValue, params: ParamBag, hint: string): string {
  if (value === null) return column.column("isNull");
  if (typeof value === "string") return `${column.column("string")} = ${params.text(hint, value)}`;
  if (typeof value === "number") return `${column.column("number")} = ${params.number(hint, value)}`;
  // The export has no boolean params (GA4 writes them as strings or integers), so true and false
  // match nothing, as they match nothing in events read by readGa4Export.
  return "FALSE";
}

/**
 * A condition on one event param as SQL: `{ equals }` compares strings with strings and numbers
 * with numbers (a string "1" is not the number 1), `{ equals: null }` needs the param present with
 * no value, `{ oneOf }` is any of its values, `{ prefix }` applies to strings only. A missing param
 * matches no condition.
 */
export function valueConditionSql(
  column: PropertyColumn,
  condition: StepCondition,
  params: ParamBag,
  hint: string,
): string {
  if ("equals" in condition) return equalsSql(column, condition.equals, params, hint);
  if ("prefix" in condition)
    return `STARTS_WITH(${column.column("string")}, ${params.text(hint, condition.prefix)})`;
  const alternatives = condition.oneOf.map((value) => equalsSql(column, value, params, hint));
  return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(" OR ")})`;
}
