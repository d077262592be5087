// Below every time journeykit can hold: stands for "no attempt" inside GREATEST.
const NONE = "-1.7976931348623157e308";

/**
 * The greatest of several nullable SQL expressions, NULL when all are NULL. (GREATEST itself
 * returns NULL for any NULL argument in BigQuery but ignores NULLs in DuckDB; this is the same in
 * both.)
 */
export function nullGreatest(values: readonly string[]): string {
  if (values.length === 1) return values[0] as string;
  return `NULLIF(GREATEST(${values.map((value) => `COALESCE(${value}, ${NONE})`).join(", ")}), ${NONE})`;
}
