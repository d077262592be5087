import type { PropertyValue } from "@journeykit/core";
import type * as z from "zod";
import { Ga4ReportError } from "../errors/ga4-report-error";
import { setProperty } from "../export/set-property";
import type { ReportRowSchema } from "./report-schemas";

/**
 * One row of a Data API report, keyed by dimension and metric name: dimension values as text,
 * metric values as numbers (`null` when the API left the value empty).
 *
 * @example
 * ```ts
 * const row: Ga4ReportRow = { date: "20230110", userEngagementDuration: 5568 };
 * ```
 */
export type Ga4ReportRow = Readonly<Record<string, string | number | null>>;

/** Where a row sits in the response, for error messages: `"rows[3]"`. */
type RowPath = string;

/**
 * Turns one API row into a {@link Ga4ReportRow}. Every metric type the API has (integer, float,
 * seconds, milliseconds, minutes, hours, standard, currency, distances) is a number in text.
 *
 * @throws {@link Ga4ReportError} when the row has fewer values than headers, or a metric value is
 * not a number.
 */
export function typedRow(
  row: z.output<typeof ReportRowSchema>,
  dimensions: readonly string[],
  metrics: readonly string[],
  path: RowPath,
  method: string,
): Ga4ReportRow {
  const typed: Record<string, PropertyValue> = {};
  dimensions.forEach((name, index) => {
    const value = row.dimensionValues[index];
    if (value === undefined) {
      throw new Ga4ReportError({
        method,
        path: `${path}.dimensionValues`,
        problem: `has no value for dimension "${name}"`,
      });
    }
    setProperty(typed, name, value.value);
  });
  metrics.forEach((name, index) => {
    const value = row.metricValues[index];
    if (value === undefined) {
      throw new Ga4ReportError({
        method,
        path: `${path}.metricValues`,
        problem: `has no value for metric "${name}"`,
      });
    }
    const number = value.value.trim() === "" ? null : Number(value.value);
    if (number !== null && !Number.isFinite(number)) {
      throw new Ga4ReportError({
        method,
        path: `${path}.metricValues[${index}].value`,
        problem: `(metric "${name}") is ${JSON.stringify(value.value.slice(0, 40))}, not a number`,
      });
    }
    setProperty(typed, name, number);
  });
  return typed as Ga4ReportRow;
}
