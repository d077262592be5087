/** A SQL condition that is FALSE where it would be NULL (a NULL param makes comparisons NULL). */
export function orFalse(condition: string): string {
  return condition === "TRUE" || condition === "FALSE" ? condition : `COALESCE(${condition}, FALSE)`;
}
