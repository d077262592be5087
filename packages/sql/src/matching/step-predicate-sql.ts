import type { Step } from "@journeykit/core";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";
import type { SqlContext } from "../export/sql-context";
import { alternativesOf, type StepMatcher } from "./step-parts";
import { valueConditionSql } from "./value-condition-sql";

function matcherSql(context: SqlContext, matcher: StepMatcher, hint: string, option: string): string {
  if (matcher.channel !== undefined) {
    throw new UnsupportedQueryError({
      option: `${option}.channel`,
      problem:
        "an event's channel comes from GA4's default channel group rules, which journeykit does not compile to SQL; use a condition on its source or medium instead",
    });
  }
  const fields = (["source", "medium"] as const).flatMap((field) => {
    const condition = matcher[field];
    if (condition === undefined) return [];
    const column = context.traffic.column(field, `${option}.${field}`);
    const columns = { string: () => column, number: () => undefined, isNull: () => undefined };
    return [valueConditionSql(columns, condition, context.params, `${hint}_${field}`)];
  });
  const properties = Object.entries(matcher.where ?? {}).map(([key, condition]) => {
    const property = context.properties.of(key);
    const columns = {
      string: () => property.column("string"),
      number: () => property.column("number"),
      isNull: () => property.column("isNull"),
    };
    return valueConditionSql(columns, condition, context.params, `${hint}_${key}`);
  });
  const name = `event_name = ${context.params.text(`${hint}_name`, matcher.name)}`;
  const conditions = [...fields, ...properties];
  return conditions.length === 0 ? name : `(${[name, ...conditions].join(" AND ")})`;
}

/**
 * A step (an event name, a matcher or `{ anyOf }`) as a SQL condition on a row of the `events`
 * CTE: the matching rules of `compileEventMatchers`, with event params read as `readGa4Export`
 * reads them (and `source` and `medium` per the `trafficSource` option). Conditions on `channel`
 * throw.
 *
 * @param hint - Names the step's parameters (`step_2` gives `step_2_name`).
 * @param option - Where the step is in the query, for errors (`options.steps[2]`).
 */
export function stepPredicateSql(context: SqlContext, step: Step, hint: string, option: string): string {
  const alternatives = alternativesOf(step);
  const names: string[] = [];
  const conditional: string[] = [];
  alternatives.forEach((alternative, index) => {
    const where = typeof step === "object" && "anyOf" in step ? `${option}.anyOf[${index}]` : option;
    if (typeof alternative === "string") names.push(alternative);
    else if (
      alternative.where === undefined &&
      alternative.channel === undefined &&
      alternative.source === undefined &&
      alternative.medium === undefined
    )
      names.push(alternative.name);
    else conditional.push(matcherSql(context, alternative, hint, where));
  });
  const unique = [...new Set(names)];
  const byName =
    unique.length === 0
      ? []
      : unique.length === 1
        ? [`event_name = ${context.params.text(`${hint}_name`, unique[0] as string)}`]
        : [`event_name IN (${unique.map((name) => context.params.text(`${hint}_name`, name)).join(", ")})`];
  const parts = [...byName, ...conditional];
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" OR ")})`;
}
