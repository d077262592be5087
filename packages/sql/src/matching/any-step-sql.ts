import type { Step } from "@journeykit/core";
import type { SqlContext } from "../export/sql-context";
import { stepPredicateSql } from "./step-predicate-sql";

/** "Matches any of these steps" as SQL; FALSE for none. */
export function anyStepSql(
  context: SqlContext,
  steps: readonly Step[],
  hint: string,
  option: string,
): string {
  if (steps.length === 0) return "FALSE";
  const parts = steps.map((step, index) =>
    stepPredicateSql(context, step, `${hint}_${index + 1}`, `${option}[${index}]`),
  );
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" OR ")})`;
}
