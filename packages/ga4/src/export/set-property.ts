import type { PropertyValue } from "@journeykit/core";

/**
 * Sets `properties[key]` as an own, enumerable property. A plain assignment to `"__proto__"` would
 * replace the object's prototype instead; data from a file must never do that.
 *
 * @example
 * ```ts
 * const properties: Record<string, PropertyValue> = {};
 * setProperty(properties, "__proto__", "x");
 * Object.keys(properties); // ["__proto__"]
 * ```
 */
export function setProperty(
  properties: Record<string, PropertyValue>,
  key: string,
  value: PropertyValue,
): void {
  if (key === "__proto__") {
    Object.defineProperty(properties, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    properties[key] = value;
  }
}
