/**
 * The greatest of several nullable SQL expressions, NULL when all are NULL. (GREATEST itself
 * returns NULL for any NULL argument in BigQuery but ignores NULLs in DuckDB.)
 */
export function nullGreatest(values: readonly string[]): string {
  const [first, ...rest] = values;
  if (first === undefined) return "NULL";
  return rest.reduce(
    (best, value) =>
      `CASE WHEN ${value} IS NULL THEN ${best} WHEN ${best} IS NULL OR ${value} > ${best} THEN ${value} ELSE ${best} END`,
    first,
  );
}
