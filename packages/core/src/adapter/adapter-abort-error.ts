import { JourneykitError } from "../errors/journeykit-error";
import type { ReadReport } from "./read-report";

const marker = "journeykit.error.adapter-abort";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"ADAPTER_ABORTED"`) when the `signal` passed to a read is aborted. `cause` is the
 * signal's `reason`; `report` describes the read up to the moment it stopped.
 *
 * @example
 * ```ts
 * import { AdapterAbortError, readAll } from "@journeykit/core";
 *
 * try {
 *   await readAll(csvAdapter, hugeFile, { signal: AbortSignal.timeout(5_000) });
 * } catch (error) {
 *   if (AdapterAbortError.isInstance(error)) console.log(`stopped after ${error.report.rowsRead} rows`);
 * }
 * ```
 */
export class AdapterAbortError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The read up to the moment it stopped. */
  readonly report: ReadReport;

  constructor({ report, reason }: { report: ReadReport; reason: unknown }) {
    const reasonText = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    super({
      code: "ADAPTER_ABORTED",
      message:
        `Reading with the ${report.adapter} adapter was aborted after ${report.rowsRead} rows and ` +
        `${report.bytesRead} bytes, because its AbortSignal fired (${reasonText}). ` +
        "Nothing is wrong with the input; read again without aborting the signal to read it all.",
      cause: reason,
    });
    this.name = "AdapterAbortError";
    this.report = report;
  }

  /**
   * Whether `error` is an {@link AdapterAbortError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * AdapterAbortError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is AdapterAbortError {
    return JourneykitError.hasMarker(error, marker);
  }
}
