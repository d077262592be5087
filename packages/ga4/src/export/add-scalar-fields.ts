import type { PropertyValue } from "@journeykit/core";
import { wrongType } from "./read-field";
import { isProblem, type RowProblem } from "./row-decoding";
import { setProperty } from "./set-property";

// The ecommerce and item columns the export types INT64 or FLOAT64: numbers, even when a JSON
// export writes them as strings.
const NUMERIC = new Set([
  "total_item_quantity",
  "purchase_revenue_in_usd",
  "purchase_revenue",
  "refund_value_in_usd",
  "refund_value",
  "shipping_value_in_usd",
  "shipping_value",
  "tax_value_in_usd",
  "tax_value",
  "unique_items",
  "price_in_usd",
  "price",
  "quantity",
  "item_revenue_in_usd",
  "item_revenue",
  "item_refund_in_usd",
  "item_refund",
]);
const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function scalar(key: string, value: unknown, path: string): PropertyValue | RowProblem {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return NUMERIC.has(key) && NUMBER_TEXT.test(value) ? Number(value) : value;
  return wrongType(path, "a string, number, boolean or null", value);
}

/**
 * Adds every field of `record` except `skip` as `<prefix><field>` properties (numeric ecommerce
 * and item fields as numbers); returns a problem at the first field that is not a scalar.
 */
export function addScalarFields(
  properties: Record<string, PropertyValue>,
  record: Record<string, unknown>,
  prefix: string,
  path: string,
  skip?: string,
): RowProblem | undefined {
  for (const key of Object.keys(record)) {
    if (key === skip) continue;
    const value = scalar(key, record[key], `${path}.${key}`);
    if (isProblem(value)) return value;
    setProperty(properties, `${prefix}${key}`, value);
  }
  return undefined;
}
