import { parseResponse } from "./parse-response";
import { RunReportResponseSchema, samplingWarnings } from "./report-schemas";
import { type Ga4ReportRow, typedRow } from "./typed-row";

/**
 * A runReport response, read: typed rows, the totals, maximums and minimums apart from the rows,
 * and what the response's metadata says about the data's quality as warnings.
 *
 * @example
 * ```ts
 * const report: Ga4Report = readGa4Report(body);
 * report.rows[0]; // { date: "20230110", userEngagementDuration: 5568 }
 * report.totals[0]?.userEngagementDuration; // 542731
 * ```
 */
export interface Ga4Report {
  /** The dimension names, in the response's order. */
  readonly dimensions: readonly string[];
  /** The metric names and their API types (`"TYPE_INTEGER"`, `"TYPE_SECONDS"`, ...). */
  readonly metrics: readonly { readonly name: string; readonly type: string }[];
  /** The rows in the response. */
  readonly rows: readonly Ga4ReportRow[];
  /** The totals rows (one per date range); their dimension values are `"RESERVED_TOTAL"` (or the date range). */
  readonly totals: readonly Ga4ReportRow[];
  /** The maximums rows (`"RESERVED_MAX"`). */
  readonly maximums: readonly Ga4ReportRow[];
  /** The minimums rows (`"RESERVED_MIN"`). */
  readonly minimums: readonly Ga4ReportRow[];
  /** How many rows the whole result has; more than `rows.length` when the response is one page of it. */
  readonly rowCount: number;
  /** The property's currency, when the response says. */
  readonly currencyCode?: string;
  /** The property's time zone, when the response says. */
  readonly timeZone?: string;
  /** What the caller should know about the data: thresholding, an "(other)" row, sampling, paging. */
  readonly warnings: readonly string[];
}

/**
 * Reads a GA4 Data API `runReport` response (v1beta) into a {@link Ga4Report}: each row keyed by
 * dimension and metric name, metric values as numbers whatever their type (integers, floats,
 * seconds, currency, ...), totals / maximums / minimums kept apart from the rows, and the
 * response's metadata surfaced as warnings: thresholding applied (`subjectToThresholding`), values
 * folded into an "(other)" row (`dataLossFromOtherRow`), sampling, an `emptyReason`, restricted
 * metrics, and a `rowCount` larger than the rows present (more pages to fetch).
 *
 * @param response - The response body, as JSON text or parsed.
 * @returns The report.
 * @throws {@link Ga4ReportError} with the path of the first field that is not what the API returns.
 *
 * @example
 * ```ts
 * import { readGa4Report } from "@journeykit/ga4";
 *
 * const report = readGa4Report({
 *   dimensionHeaders: [{ name: "date" }],
 *   metricHeaders: [{ name: "activeUsers", type: "TYPE_INTEGER" }],
 *   rows: [{ dimensionValues: [{ value: "20240101" }], metricValues: [{ value: "42" }] }],
 *   totals: [{ dimensionValues: [{ value: "RESERVED_TOTAL" }], metricValues: [{ value: "42" }] }],
 *   rowCount: 1,
 *   metadata: { subjectToThresholding: true, timeZone: "Europe/Oslo" },
 * });
 * report.rows; // [{ date: "20240101", activeUsers: 42 }]
 * report.totals; // [{ date: "RESERVED_TOTAL", activeUsers: 42 }]
 * report.warnings; // ["Thresholding was applied: ..."]
 * ```
 */
export function readGa4Report(response: unknown): Ga4Report {
  const method = "runReport";
  const body = parseResponse(response, RunReportResponseSchema, method);
  const dimensions = body.dimensionHeaders.map((header) => header.name);
  const metrics = body.metricHeaders.map((header) => ({ name: header.name, type: header.type }));
  const metricNames = metrics.map((metric) => metric.name);
  const read = (rows: typeof body.rows, field: string) =>
    rows.map((row, index) => typedRow(row, dimensions, metricNames, `${field}[${index}]`, method));
  const rows = read(body.rows, "rows");
  const rowCount = body.rowCount ?? rows.length;
  const { metadata } = body;
  const warnings: string[] = [];
  if (metadata.subjectToThresholding === true) {
    warnings.push(
      "Thresholding was applied: GA4 withheld rows with too few users to protect their privacy (typically with demographics or Google signals), so sums over the rows are low.",
    );
  }
  if (metadata.dataLossFromOtherRow === true) {
    warnings.push(
      'Some dimension values were folded into an "(other)" row because the property hit its cardinality limits; totals are right, per-value rows are incomplete.',
    );
  }
  warnings.push(...samplingWarnings(metadata.samplingMetadatas, "The data"));
  if (metadata.emptyReason) warnings.push(`The report is empty: ${metadata.emptyReason}.`);
  const restricted = (metadata.schemaRestrictionResponse?.activeMetricRestrictions ?? []).flatMap(
    (restriction) => (restriction.metricName === undefined ? [] : [restriction.metricName]),
  );
  if (restricted.length > 0)
    warnings.push(`These metrics are restricted for this user and may be missing: ${restricted.join(", ")}.`);
  if (rowCount > rows.length) {
    warnings.push(
      `The response holds ${rows.length} of ${rowCount} rows: request the rest with offset and limit, and read each page.`,
    );
  }
  return {
    dimensions,
    metrics,
    rows,
    totals: read(body.totals, "totals"),
    maximums: read(body.maximums, "maximums"),
    minimums: read(body.minimums, "minimums"),
    rowCount,
    ...(metadata.currencyCode ? { currencyCode: metadata.currencyCode } : {}),
    ...(metadata.timeZone ? { timeZone: metadata.timeZone } : {}),
    warnings,
  };
}
