import { InvalidOptionError } from "../errors/invalid-option-error";
import type { ReadOptions } from "./read-options";

interface OptionProblem {
  readonly option: string;
  readonly problem: string;
}

function find(options: unknown): OptionProblem | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== "object")
    return { option: "options", problem: `must be an object, not ${String(options)}` };
  const { onError, maxBadRecords, signal, onProgress } = options as Record<string, unknown>;
  if (onError !== undefined && onError !== "throw" && onError !== "skip") {
    return { option: "onError", problem: `must be "throw" or "skip", not ${JSON.stringify(onError)}` };
  }
  if (maxBadRecords !== undefined) {
    if (typeof maxBadRecords !== "number" || !Number.isInteger(maxBadRecords) || maxBadRecords < 0) {
      return {
        option: "maxBadRecords",
        problem: `must be a non-negative integer, not ${String(maxBadRecords)}`,
      };
    }
    if (onError !== "skip") {
      return {
        option: "maxBadRecords",
        problem:
          'it limits skipped records, so it needs onError: "skip"; add it, or remove maxBadRecords to stop at the first bad record',
      };
    }
  }
  if (
    signal !== undefined &&
    (signal === null ||
      typeof signal !== "object" ||
      typeof (signal as Partial<AbortSignal>).addEventListener !== "function" ||
      typeof (signal as Partial<AbortSignal>).aborted !== "boolean")
  ) {
    return { option: "signal", problem: "must be an AbortSignal (for example new AbortController().signal)" };
  }
  if (onProgress !== undefined && typeof onProgress !== "function") {
    return { option: "onProgress", problem: "must be a function of ({ bytes, rows })" };
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
 * @throws {@link index!InvalidOptionError} whose `option` names the read option (`"onError"`,
 * `"maxBadRecords"`, ...), with the fix in its message.
 *
 * @example
 * ```ts
 * checkReadOptions("ga4", { onError: "skip", maxBadRecords: 10 }); // { onError: "skip", maxBadRecords: 10 }
 * checkReadOptions("ga4", { maxBadRecords: 10 }); // throws InvalidOptionError, option "maxBadRecords"
 * ```
 */
export function checkReadOptions(adapter: string, options: unknown): ReadOptions {
  const found = find(options);
  if (found !== undefined) {
    throw new InvalidOptionError({
      option: found.option,
      problem: `${found.problem} (reading with the ${adapter} adapter)`,
    });
  }
  return (options ?? {}) as ReadOptions;
}
