import { JourneykitError } from "../errors/journeykit-error";
import type { ReadOptions } from "./read-options";

function problem(options: unknown): string | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== "object")
    return `options must be an object, not ${String(options)}`;
  const { onError, maxBadRecords, signal, onProgress } = options as Record<string, unknown>;
  if (onError !== undefined && onError !== "throw" && onError !== "skip") {
    return `onError must be "throw" or "skip", not ${JSON.stringify(onError)}`;
  }
  if (maxBadRecords !== undefined) {
    if (typeof maxBadRecords !== "number" || !Number.isInteger(maxBadRecords) || maxBadRecords < 0) {
      return `maxBadRecords must be a non-negative integer, not ${String(maxBadRecords)}`;
    }
    if (onError !== "skip") {
      return 'maxBadRecords limits skipped records, so it needs onError: "skip"; add it, or remove maxBadRecords to stop at the first bad record';
    }
  }
  if (
    signal !== undefined &&
    (signal === null ||
      typeof signal !== "object" ||
      typeof (signal as Partial<AbortSignal>).addEventListener !== "function" ||
      typeof (signal as Partial<AbortSignal>).aborted !== "boolean")
  ) {
    return "signal must be an AbortSignal (for example new AbortController().signal)";
  }
  if (onProgress !== undefined && typeof onProgress !== "function") {
    return "onProgress must be a function of ({ bytes, rows })";
  }
  return undefined;
}

/**
 * Checks the common {@link ReadOptions} as every adapter read does, and returns them typed.
 * {@link defineAdapter} calls it for you; call it yourself in a reader that does not go through
 * `defineAdapter` (one that spreads a file over worker threads, say), so that it rejects the
 * same options with the same error.
 *
 * @param adapter - The adapter's id, for the message.
 * @param options - The options as the caller passed them (`undefined` means none).
 * @returns The options, typed.
 * @throws {@link index!JourneykitError} with code `"ADAPTER_OPTIONS"` naming the option and the fix.
 *
 * @example
 * ```ts
 * checkReadOptions("ga4", { onError: "skip", maxBadRecords: 10 }); // { onError: "skip", maxBadRecords: 10 }
 * checkReadOptions("ga4", { maxBadRecords: 10 }); // throws: maxBadRecords ... needs onError: "skip"
 * ```
 */
export function checkReadOptions(adapter: string, options: unknown): ReadOptions {
  const found = problem(options);
  if (found !== undefined) {
    throw new JourneykitError({
      code: "ADAPTER_OPTIONS",
      message: `The read options passed to the ${adapter} adapter are not valid: ${found}.`,
    });
  }
  return (options ?? {}) as ReadOptions;
}
