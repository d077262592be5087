import { JourneykitError } from "../errors/journeykit-error";
import type { ReadReport } from "./read-report";

const marker = "journeykit.error.too-many-bad-records";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"ADAPTER_TOO_MANY_BAD_RECORDS"`) when a read with `onError: "skip"` meets more bad
 * records than `maxBadRecords` allows, as a BigQuery load job fails. `report` describes the read up
 * to and including the bad record that was one too many.
 *
 * @example
 * ```ts
 * import { TooManyBadRecordsError, readAll } from "@journeykit/core";
 *
 * try {
 *   await readAll(csvAdapter, text, { onError: "skip", maxBadRecords: 10 });
 * } catch (error) {
 *   if (TooManyBadRecordsError.isInstance(error)) console.log(error.report.skipped); // the first bad records, with lines
 * }
 * ```
 */
export class TooManyBadRecordsError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The read so far; `report.rowsSkipped` is `maxBadRecords + 1`. */
  readonly report: ReadReport;
  /** The limit that was passed. */
  readonly maxBadRecords: number;

  constructor({ report, maxBadRecords }: { report: ReadReport; maxBadRecords: number }) {
    const last = report.skipped[report.skipped.length - 1];
    const lastText =
      last === undefined || report.skipped.length < report.rowsSkipped
        ? ""
        : ` The last was at ${last.line > 0 ? `line ${last.line}` : "an unknown line"}: ${last.problem} (${last.code}).`;
    super({
      code: "ADAPTER_TOO_MANY_BAD_RECORDS",
      message:
        `The ${report.adapter} adapter stopped after ${report.rowsSkipped} bad records, more than maxBadRecords (${maxBadRecords}).` +
        `${lastText} See error.report.skipped for where they are; fix the input or raise maxBadRecords.`,
    });
    this.name = "TooManyBadRecordsError";
    this.report = report;
    this.maxBadRecords = maxBadRecords;
  }

  /**
   * Whether `error` is a {@link TooManyBadRecordsError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * TooManyBadRecordsError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is TooManyBadRecordsError {
    return JourneykitError.hasMarker(error, marker);
  }
}
