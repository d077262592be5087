import type { Duration, FunnelBreakdownGroup, FunnelResult, FunnelSummary } from "@journeykit/core";
import { parseOptions } from "@journeykit/core/adapter";
import { parseDuration, summarizeFunnel } from "@journeykit/core/internal";
import * as z from "zod";
import { Ga4ReportError } from "../errors/ga4-report-error";
import { parseResponse } from "./parse-response";
import { ReportTableSchema, SamplingMetadatasSchema, samplingWarnings } from "./report-schemas";

const RunFunnelReportResponseSchema = z.object({
  funnelTable: ReportTableSchema.extend({
    metadata: z.object({ samplingMetadatas: SamplingMetadatasSchema }).default({}),
  }),
  kind: z.string().optional(),
});

/**
 * How the GA4 funnel was asked for, to echo in the result the way `funnel()` echoes its options.
 * GA4's response does not say; give what the request used, so results compare like for like.
 *
 * @example
 * ```ts
 * const options: Ga4FunnelReportOptions = { window: "30d", order: "ordered" };
 * ```
 */
export type Ga4FunnelReportOptions = z.input<typeof Ga4FunnelReportOptionsSchema>;

/**
 * {@link Ga4FunnelReportOptions} as a strict zod schema: `window`, the conversion window (default
 * `"7d"`, as `funnel()`'s default); `order`, `"ordered"` (default; GA4's closed funnels), or
 * `"strict"` when every step was "directly followed by", or `"any"`; `entry`, `"any"` (default)
 * or `"first"`.
 *
 * @example
 * ```ts
 * Ga4FunnelReportOptionsSchema.safeParse({ windw: "30d" }).success; // false: a misspelt option
 * ```
 */
export const Ga4FunnelReportOptionsSchema = z.strictObject({
  // Checked by parseDuration, which names the option in its error.
  window: z.custom<Duration>().optional(),
  order: z.enum(["ordered", "strict", "any"]).optional(),
  entry: z.enum(["any", "first"]).optional(),
});

/**
 * A GA4 funnel, read into the shape of journeykit's `FunnelResult`, with warnings about the data.
 *
 * @example
 * ```ts
 * const ga4: Ga4FunnelReport = readGa4FunnelReport(body);
 * ga4.steps.map((step) => step.count); // [1000, 400, 120]
 * ```
 */
export interface Ga4FunnelReport extends FunnelResult {
  /** Sampling, and anything else about the data the caller should know. */
  readonly warnings: readonly string[];
}

interface StepRow {
  number: number;
  label: string;
  users: number;
  completionRate: number | undefined;
  abandonments: number | undefined;
  abandonmentRate: number | undefined;
}

const RESERVED_TOTAL = "RESERVED_TOTAL";
const STEP_NAME = /^(\d+)\.\s*(.*)$/s;
/**
 * A group's steps summarised as `funnel()` summarises its counts; GA4's own completion and
 * abandonment figures of the step before, when the response has them, stand in for the computed
 * ones (GA4 closed funnels have no optional steps).
 */
function summarise(rows: readonly StepRow[]): FunnelSummary {
  const sorted = [...rows].sort((left, right) => left.number - right.number);
  return summarizeFunnel(
    { labels: sorted.map((row) => row.label), optional: sorted.map(() => false) },
    {
      count: sorted.map((row) => row.users),
      reported: sorted.map((_, index) => {
        const previous = sorted[index - 1];
        return previous === undefined
          ? undefined
          : {
              conversionFromPrevious: previous.completionRate,
              dropOff: previous.abandonments,
              dropOffRate: previous.abandonmentRate,
            };
      }),
    },
  );
}

function metricAt(values: readonly { value: string }[], index: number, path: string): number | undefined {
  if (index < 0) return undefined;
  const text = values[index]?.value ?? "";
  const number = Number(text);
  if (text.trim() === "" || !Number.isFinite(number)) {
    throw new Ga4ReportError({
      method: "runFunnelReport",
      path,
      problem: `is ${JSON.stringify(text.slice(0, 40))}, not a number`,
    });
  }
  return number;
}

/**
 * Reads a GA4 Data API `runFunnelReport` response (v1alpha) into the shape of journeykit's
 * `FunnelResult`, so that GA4's own funnel can be set beside `funnel()` run on the export of the
 * same property. From the response's `funnelTable`:
 * - each step (`"1. First visit"`, in step order) gives `label` (`"First visit"`), `count`
 *   (GA4's `activeUsers`), and rates from step 1 and from the previous step;
 * - `dropOff` and `dropOffRate` of a step are GA4's `funnelStepAbandonments` and
 *   `funnelStepAbandonmentRate` of the step before it, and `conversionFromPrevious` its
 *   `funnelStepCompletionRate` (computed from the counts when the response lacks them);
 * - a breakdown dimension gives `breakdown` groups (largest first), its `RESERVED_TOTAL` rows the
 *   totals; `units` is step 1's count; times are `null`: GA4 does not return them.
 *
 * @param response - The response body, as JSON text or parsed.
 * @param options - What the request asked for, to echo (GA4's response does not say).
 * @returns The funnel, with warnings (sampling).
 * @throws {@link Ga4ReportError} when the response has no `funnelTable`, no `funnelStepName`
 * dimension or `activeUsers` metric, or a value that is not a number.
 *
 * @example
 * ```ts
 * import { readGa4FunnelReport } from "@journeykit/ga4";
 *
 * const ga4 = readGa4FunnelReport({
 *   funnelTable: {
 *     dimensionHeaders: [{ name: "funnelStepName" }],
 *     metricHeaders: [{ name: "activeUsers", type: "TYPE_INTEGER" }],
 *     rows: [
 *       { dimensionValues: [{ value: "1. view_item" }], metricValues: [{ value: "1000" }] },
 *       { dimensionValues: [{ value: "2. purchase" }], metricValues: [{ value: "120" }] },
 *     ],
 *   },
 * });
 * ga4.steps.map((step) => [step.label, step.count, step.conversionFromPrevious]);
 * // [["view_item", 1000, 1], ["purchase", 120, 0.12]]
 * ga4.biggestDropOff.byCount; // { from: 0, to: 1, fromLabel: "view_item", toLabel: "purchase", dropOff: 880, dropOffRate: 0.88 }
 * ```
 */
export function readGa4FunnelReport(
  response: unknown,
  options: Ga4FunnelReportOptions = {},
): Ga4FunnelReport {
  const { window, order, entry } = parseOptions(Ga4FunnelReportOptionsSchema, options);
  const method = "runFunnelReport";
  const { funnelTable: table } = parseResponse(response, RunFunnelReportResponseSchema, method);
  const dimensions = table.dimensionHeaders.map((header) => header.name);
  const metrics = table.metricHeaders.map((header) => header.name);
  const stepIndex = dimensions.indexOf("funnelStepName");
  const usersIndex = metrics.indexOf("activeUsers");
  if (stepIndex < 0)
    throw new Ga4ReportError({
      method,
      path: "funnelTable.dimensionHeaders",
      problem: 'has no "funnelStepName" dimension',
    });
  if (usersIndex < 0)
    throw new Ga4ReportError({
      method,
      path: "funnelTable.metricHeaders",
      problem: 'has no "activeUsers" metric',
    });
  const metricIndex = (name: string) => metrics.indexOf(name);

  const groups = new Map<string, StepRow[]>();
  table.rows.forEach((row, rowIndex) => {
    const path = `funnelTable.rows[${rowIndex}]`;
    const name = row.dimensionValues[stepIndex]?.value ?? "";
    const match = STEP_NAME.exec(name);
    const others = row.dimensionValues.filter((_, index) => index !== stepIndex).map((value) => value.value);
    const key = others.length === 0 || others.includes(RESERVED_TOTAL) ? RESERVED_TOTAL : others.join(" / ");
    const values = row.metricValues;
    const stepRows = groups.get(key) ?? [];
    stepRows.push({
      number: match ? Number(match[1]) : stepRows.length + 1,
      label: match ? (match[2] ?? "") : name,
      users: metricAt(values, usersIndex, `${path}.metricValues[${usersIndex}].value`) ?? 0,
      completionRate: metricAt(values, metricIndex("funnelStepCompletionRate"), `${path}.metricValues`),
      abandonments: metricAt(values, metricIndex("funnelStepAbandonments"), `${path}.metricValues`),
      abandonmentRate: metricAt(values, metricIndex("funnelStepAbandonmentRate"), `${path}.metricValues`),
    });
    groups.set(key, stepRows);
  });

  const warnings = samplingWarnings(table.metadata.samplingMetadatas, "The funnel");
  let totals = groups.get(RESERVED_TOTAL);
  if (totals === undefined && groups.size > 0) {
    warnings.push(
      "The response has breakdown rows but no RESERVED_TOTAL rows; the totals are sums over the groups and may count a user twice.",
    );
    const byStep = new Map<number, StepRow>();
    for (const row of [...groups.values()].flat()) {
      const known = byStep.get(row.number);
      if (known === undefined)
        byStep.set(row.number, {
          ...row,
          completionRate: undefined,
          abandonments: undefined,
          abandonmentRate: undefined,
        });
      else known.users += row.users;
    }
    totals = [...byStep.values()];
  }
  const breakdown: FunnelBreakdownGroup[] = [...groups]
    .filter(([value]) => value !== RESERVED_TOTAL)
    .map(([value, rows]) => ({ value, ...summarise(rows) }))
    .sort(
      (left, right) =>
        (right.steps[0]?.count ?? 0) - (left.steps[0]?.count ?? 0) || (left.value < right.value ? -1 : 1),
    );
  const summary = summarise(totals ?? []);
  return {
    ...summary,
    countBy: "customers",
    order: order ?? "ordered",
    entry: entry ?? "any",
    window: parseDuration(window ?? "7d", "window"),
    units: summary.steps[0]?.count ?? 0,
    ...(dimensions.length > 1 ? { breakdown } : {}),
    warnings,
  };
}
