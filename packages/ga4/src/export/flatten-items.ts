import type { PropertyValue } from "@journeykit/core";
import { addScalarFields } from "./add-scalar-fields";
import { isRecord, ownField, wrongType } from "./read-field";
import { type RowProblem, readParamRecord, rowProblem } from "./row-decoding";
import { setProperty } from "./set-property";

/**
 * Adds the `items` array as `items.count` and `items.<i>.<field>` properties, with each item's
 * `item_params` coalesced as `items.<i>.item_params.<key>`. Returns a problem when the shape is
 * not the export's.
 */
export function flattenItems(
  properties: Record<string, PropertyValue>,
  items: unknown,
): RowProblem | undefined {
  if (items === null || items === undefined) return undefined;
  if (!Array.isArray(items)) return wrongType("items", "an array", items);
  setProperty(properties, "items.count", items.length);
  for (let index = 0; index < items.length; index += 1) {
    const item: unknown = items[index];
    if (!isRecord(item)) return wrongType(`items[${index}]`, "an object", item);
    const prefix = `items.${index}.`;
    const problem = addScalarFields(properties, item, prefix, `items[${index}]`, "item_params");
    if (problem !== undefined) return problem;
    const params = ownField(item, "item_params");
    if (params === null || params === undefined) continue;
    if (!Array.isArray(params)) return wrongType(`items[${index}].item_params`, "an array", params);
    for (let position = 0; position < params.length; position += 1) {
      const entry = readParamRecord(params[position]);
      if (entry === undefined) {
        return rowProblem(
          "GA4_BAD_PARAM",
          `items[${index}].item_params[${position}] is not a { key, value } param with values of the export's types`,
        );
      }
      setProperty(properties, `${prefix}item_params.${entry[0]}`, entry[1]);
    }
  }
  return undefined;
}
