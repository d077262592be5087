import { JourneykitError } from "@journeykit/core";

const marker = "journeykit.error.ga4-csv";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"GA4_CSV"`) by `readGa4Csv` when a GA4 CSV export cannot be read: an unclosed
 * quote, a row with more cells than its section's header. `line` is 1-based.
 *
 * @example
 * ```ts
 * import { Ga4CsvError, readGa4Csv } from "@journeykit/ga4";
 *
 * try {
 *   readGa4Csv('Page,Views\n"Home,12\n');
 * } catch (error) {
 *   if (Ga4CsvError.isInstance(error)) console.log(error.line); // 2
 * }
 * ```
 */
export class Ga4CsvError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The 1-based line of the problem. */
  readonly line: number;

  constructor({ line, problem }: { line: number; problem: string }) {
    super({
      code: "GA4_CSV",
      message: `The GA4 CSV export cannot be read at line ${line}: ${problem}. Export the report again with "Download file > Download CSV", unchanged.`,
    });
    this.name = "Ga4CsvError";
    this.line = line;
  }

  /**
   * Whether `error` is a {@link Ga4CsvError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * Ga4CsvError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is Ga4CsvError {
    return JourneykitError.hasMarker(error, marker);
  }
}
