import { GA4_PARAM_VALUE_FIELDS } from "@journeykit/ga4/schema";
import type { Dialect } from "../dialect/dialect";
import type { PropertyColumn, PropertyView } from "./property-columns";

// Integers beyond this lose digits as doubles; readGa4Export keeps their exact digits as text.
const MAX_SAFE = "9007199254740991";

/** SQL for the four views of one param, from its `{ key, value }` struct, as `readGa4Export` coalesces it. */
export function paramValueSql(
  dialect: Dialect,
  column: Pick<PropertyColumn, "param">,
): Record<PropertyView, string> {
  // The fields in GA4_PARAM_VALUE_FIELDS' order: the CASEs below take the first one set.
  const [string, int, double, float] = GA4_PARAM_VALUE_FIELDS.map(
    (field) => `${column.param}.value.${field}`,
  ) as [string, string, string, string];
  const unsafe = `(${int} > ${MAX_SAFE} OR ${int} < -${MAX_SAFE})`;
  const finite = (x: string) => `NOT ${dialect.isNan(x)} AND NOT ${dialect.isInfinite(x)}`;
  // Non-finite FLOAT64s come as the strings "NaN", "Infinity", "-Infinity" in a JSON export.
  const nonFinite = (x: string) =>
    `WHEN ${dialect.isNan(x)} THEN 'NaN' WHEN ${dialect.isInfinite(x)} AND ${x} > 0 THEN 'Infinity' WHEN ${dialect.isInfinite(x)} THEN '-Infinity'`;
  const nonFiniteText = (x: string) => `CASE ${nonFinite(x)} END`;
  // As JavaScript's String(number) writes it: whole numbers without a decimal point.
  const numberText = (x: string) =>
    `CASE ${nonFinite(x)} WHEN ${x} = TRUNC(${x}) AND ABS(${x}) <= ${MAX_SAFE} THEN CAST(CAST(${x} AS ${dialect.type("INT64")}) AS ${dialect.type("STRING")}) ELSE CAST(${x} AS ${dialect.type("STRING")}) END`;
  const float64 = dialect.type("FLOAT64");
  return {
    string: `CASE
  WHEN ${string} IS NOT NULL THEN ${string}
  WHEN ${int} IS NOT NULL THEN CASE WHEN ${unsafe} THEN CAST(${int} AS ${dialect.type("STRING")}) END
  WHEN ${double} IS NOT NULL THEN ${nonFiniteText(double)}
  WHEN ${float} IS NOT NULL THEN ${nonFiniteText(float)}
END`,
    number: `CASE
  WHEN ${string} IS NOT NULL THEN NULL
  WHEN ${int} IS NOT NULL THEN CASE WHEN NOT ${unsafe} THEN CAST(${int} AS ${float64}) END
  WHEN ${double} IS NOT NULL THEN CASE WHEN ${finite(double)} THEN ${double} END
  WHEN ${float} IS NOT NULL THEN CASE WHEN ${finite(float)} THEN ${float} END
END`,
    isNull: `${column.param} IS NOT NULL AND ${string} IS NULL AND ${int} IS NULL AND ${double} IS NULL AND ${float} IS NULL`,
    text: `CASE
  WHEN ${string} IS NOT NULL THEN ${string}
  WHEN ${int} IS NOT NULL THEN CAST(${int} AS ${dialect.type("STRING")})
  WHEN ${double} IS NOT NULL THEN ${numberText(double)}
  WHEN ${float} IS NOT NULL THEN ${numberText(float)}
END`,
  };
}
