import type { PropertyValue } from "@journeykit/core";
import { addScalarFields } from "./add-scalar-fields";
import { optionalRecord } from "./read-field";
import { isProblem, type RowProblem } from "./row-decoding";

/**
 * Adds the `ecommerce` record as `ecommerce.<field>` properties (INT64 and FLOAT64 fields as
 * numbers). Returns a problem when it is not an object or holds a non-scalar.
 */
export function flattenEcommerce(
  properties: Record<string, PropertyValue>,
  ecommerce: unknown,
): RowProblem | undefined {
  const record = optionalRecord(ecommerce, "ecommerce");
  if (record === undefined || isProblem(record)) return record;
  return addScalarFields(properties, record, "ecommerce.", "ecommerce");
}
