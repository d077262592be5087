import * as z from "zod";

// The parts of the Data API's JSON responses journeykit reads (v1beta runReport, v1alpha
// runFunnelReport). Protobuf's JSON leaves out empty strings, so a value may be missing.
const ValueSchema = z.object({ value: z.string().default("") });

/** One row of a report: dimension values, then metric values, in header order. */
export const ReportRowSchema = z.object({
  dimensionValues: z.array(ValueSchema).default([]),
  metricValues: z.array(ValueSchema).default([]),
});

/** A report table: headers and rows, as runReport and each funnel sub-report have them. */
export const ReportTableSchema = z.object({
  dimensionHeaders: z.array(z.object({ name: z.string() })).default([]),
  metricHeaders: z
    .array(z.object({ name: z.string(), type: z.string().default("TYPE_UNSPECIFIED") }))
    .default([]),
  rows: z.array(ReportRowSchema).default([]),
});

/** Sampling metadata, as runReport's and runFunnelReport's metadata have it. */
export const SamplingMetadatasSchema = z
  .array(
    z.object({
      samplesReadCount: z.union([z.string(), z.number()]).optional(),
      samplingSpaceSize: z.union([z.string(), z.number()]).optional(),
    }),
  )
  .nullish();

/** One warning per sampling metadata entry: how much of the data `what` was computed from. */
export function samplingWarnings(
  samplings: z.output<typeof SamplingMetadatasSchema>,
  what: string,
): string[] {
  return (samplings ?? []).map(
    (sampling) =>
      `${what} is sampled: ${sampling.samplesReadCount ?? "?"} of ${sampling.samplingSpaceSize ?? "?"} events were read.`,
  );
}

/** A runReport response (v1beta). */
export const RunReportResponseSchema = ReportTableSchema.extend({
  totals: z.array(ReportRowSchema).default([]),
  maximums: z.array(ReportRowSchema).default([]),
  minimums: z.array(ReportRowSchema).default([]),
  rowCount: z.number().int().min(0).optional(),
  metadata: z
    .object({
      currencyCode: z.string().nullish(),
      timeZone: z.string().nullish(),
      dataLossFromOtherRow: z.boolean().nullish(),
      subjectToThresholding: z.boolean().nullish(),
      emptyReason: z.string().nullish(),
      samplingMetadatas: SamplingMetadatasSchema,
      schemaRestrictionResponse: z
        .object({
          activeMetricRestrictions: z.array(z.object({ metricName: z.string().optional() })).optional(),
        })
        .nullish(),
    })
    .default({}),
  kind: z.string().optional(),
});
