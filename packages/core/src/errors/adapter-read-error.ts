import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.adapter-read";
const symbol = Symbol.for(marker);

/**
 * The problem code an {@link AdapterReadError} carries when the adapter itself threw an unexpected
 * error (a bug in the adapter rather than a bad record); the original error is its `cause`.
 *
 * @example
 * ```ts
 * if (AdapterReadError.isInstance(error) && error.problemCode === ADAPTER_FAILURE) reportBug(error.cause);
 * ```
 */
export const ADAPTER_FAILURE = "ADAPTER_FAILURE";

/**
 * What an {@link AdapterReadError} is built from.
 *
 * @example
 * ```ts
 * const options: AdapterReadErrorOptions = { adapter: "csv", line: 7, problem: "unclosed quote", problemCode: "CSV_UNCLOSED_QUOTE" };
 * ```
 */
export interface AdapterReadErrorOptions {
  /** The id of the adapter that was reading. */
  readonly adapter: string;
  /** The 1-based line where the bad record starts; 0 when unknown. */
  readonly line: number;
  /** What was wrong, in words. */
  readonly problem: string;
  /** The adapter's stable code for this kind of problem, such as `"CSV_UNCLOSED_QUOTE"`. */
  readonly problemCode: string;
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
 * bad records, or when an adapter fails unexpectedly (`problemCode` {@link ADAPTER_FAILURE}).
 *
 * @example
 * ```ts
 * import { AdapterReadError, readAll } from "@journeykit/core";
 *
 * try {
 *   await readAll(csvAdapter, "customer,time,event\nc-1,not a date,signup\n");
 * } catch (error) {
 *   if (AdapterReadError.isInstance(error)) console.log(error.line, error.problemCode); // 2 "CSV_BAD_TIMESTAMP"
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
  readonly problem: string;
  /** The adapter's stable code for this kind of problem. */
  readonly problemCode: string;

  constructor({ adapter, line, problem, problemCode, fix: givenFix, cause }: AdapterReadErrorOptions) {
    const where = line > 0 ? `line ${line}` : "a record at an unknown line";
    const fix =
      givenFix ??
      (problemCode === ADAPTER_FAILURE
        ? "This is a bug in the adapter, not in your data: report it to the adapter's authors with the error's cause."
        : 'Fix the record, or read with { onError: "skip" } to skip bad records and count them in the read report.');
    super({
      code: "ADAPTER_READ",
      message: `The ${adapter} adapter could not read ${where}: ${problem} (${problemCode}). ${fix}`,
      cause,
    });
    this.name = "AdapterReadError";
    this.adapter = adapter;
    this.line = line;
    this.problem = problem;
    this.problemCode = problemCode;
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
