import { JourneykitError } from "@journeykit/core";

const marker = "journeykit.error.ga4-report";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"GA4_REPORT"`) by `readGa4Report` and `readGa4FunnelReport` when a Data API
 * response cannot be read: not JSON, not the response of the method, or a value of the wrong type.
 * `path` points at the field (`"rows[3].metricValues[1].value"`).
 *
 * @example
 * ```ts
 * import { Ga4ReportError, readGa4Report } from "@journeykit/ga4";
 *
 * try {
 *   readGa4Report('{"rows": "none"}');
 * } catch (error) {
 *   if (Ga4ReportError.isInstance(error)) console.log(error.path); // "rows"
 * }
 * ```
 */
export class Ga4ReportError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** Where in the response the problem is, such as `"rows[3].metricValues[1].value"`; `""` for the whole response. */
  readonly path: string;

  constructor({
    method,
    path,
    problem,
    cause,
  }: { method: string; path: string; problem: string; cause?: unknown }) {
    const where = path === "" ? "the response" : path;
    super({
      code: "GA4_REPORT",
      message: `This is not a GA4 Data API ${method} response that journeykit can read: ${where} ${problem}. Pass the response body as the API returned it (JSON text or the parsed object).`,
      cause,
    });
    this.name = "Ga4ReportError";
    this.path = path;
  }

  /**
   * Whether `error` is a {@link Ga4ReportError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * Ga4ReportError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is Ga4ReportError {
    return JourneykitError.hasMarker(error, marker);
  }
}
