import { parseOptions } from "../options/parse-options";
import type { AdapterDefinition, AdapterSourceKind } from "./adapter-definition";
import { checkReadOptions } from "./check-read-options";
import type { ReadOptions } from "./read-options";
import type { ReadDetails } from "./read-report";

/**
 * Checks the options of one read by `definition`'s adapter: the common read options, and the
 * adapter's own against its `optionsSchema` when it declares one (so an unknown key fails).
 *
 * @throws `InvalidOptionError` naming the first bad option.
 */
export function checkAdapterOptions<Details extends ReadDetails>(
  definition: AdapterDefinition<object, AdapterSourceKind, Details>,
  options: unknown,
): ReadOptions {
  const readOptions = checkReadOptions(definition.id, options);
  if (definition.optionsSchema !== undefined) {
    const { onError, maxBadRecords, signal, onProgress, ...own } = readOptions as Record<string, unknown>;
    parseOptions(definition.optionsSchema, own);
  }
  return readOptions;
}
