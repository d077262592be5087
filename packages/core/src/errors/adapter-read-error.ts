import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.adapter-read";
const symbol = Symbol.for(marker);

/**
 * The reason code an {@link AdapterReadError} carries when the adapter itself threw an unexpected
 * error (a bug in the adapter rather than a bad record); the original error is its `cause`.
 *
 * @example
 * ```ts
 * if (AdapterReadError.isInstance(error) && error.reasonCode === ADAPTER_FAILURE) reportBug(error.cause);
 * ```
 */
export const ADAPTER_FAILURE = "ADAPTER_FAILURE";

/**
 * What an {@link AdapterReadError} is built from.
 *
 * @example
 * ```ts
 * const options: AdapterReadErrorOptions = { adapter: "csv", line: 7, reason: "unclosed quote", reasonCode: "CSV_UNCLOSED_QUOTE" };
 * ```
 */
export interface AdapterReadErrorOptions {
  /** The id of the adapter that was reading. */
  readonly adapter: string;
  /** The 1-based line where the bad record starts; 0 when unknown. */
  readonly line: number;
  /** What was wrong, in words. */
  readonly reason: string;
  /** The adapter's stable code for this kind of problem, such as `"CSV_UNCLOSED_QUOTE"`. */
  readonly reasonCode: string;
  /**
   * How to fix it, when skipping cannot help (a problem with the whole input, such as a missing
   * header column). By default the message suggests fixing the record or `onError: "skip"`.
   */
  readonly fix?: string;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * Thrown (code `"ADAPTER_READ"`) when a record cannot be read and the caller did not ask to skip
 * bad records, or when an adapter fails unexpectedly (`reasonCode` {@link ADAPTER_FAILURE}).
 *
 * @example
 * ```ts
 * import { AdapterReadError, readAll } from "@journeykit/core";
 *
 * try {
 *   await readAll(csvAdapter, "customer,time,event\nc-1,not a date,signup\n");
 * } catch (error) {
 *   if (AdapterReadError.isInstance(error)) console.log(error.line, error.reasonCode); // 2 "CSV_BAD_TIMESTAMP"
 * }
 * ```
 */
export class AdapterReadError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The id of the adapter that was reading. */
  readonly adapter: string;
  /** The 1-based line where the bad record starts; 0 when unknown. */
  readonly line: number;
  /** What was wrong, in words. */
  readonly reason: string;
  /** The adapter's stable code for this kind of problem. */
  readonly reasonCode: string;

  constructor({ adapter, line, reason, reasonCode, fix: givenFix, cause }: AdapterReadErrorOptions) {
    const where = line > 0 ? `line ${line}` : "a record at an unknown line";
    const fix =
      givenFix ??
      (reasonCode === ADAPTER_FAILURE
        ? "This is a bug in the adapter, not in your data: report it to the adapter's authors with the error's cause."
        : 'Fix the record, or read with { onError: "skip" } to skip bad records and count them in the read report.');
    super({
      code: "ADAPTER_READ",
      message: `The ${adapter} adapter could not read ${where}: ${reason} (${reasonCode}). ${fix}`,
      cause,
    });
    this.name = "AdapterReadError";
    this.adapter = adapter;
    this.line = line;
    this.reason = reason;
    this.reasonCode = reasonCode;
  }

  /**
   * Whether `error` is an {@link AdapterReadError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * AdapterReadError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is AdapterReadError {
    return JourneykitError.hasMarker(error, marker);
  }
}
