import * as z from "zod";

// The renderers' options as strict schemas (docs/conventions.md): a misspelt option is an
// InvalidOptionError naming it, at the call, as in every analysis. The renderers keep their
// TypeScript interfaces for the documented types; these schemas only check what callers pass.

const locale = z.string().min(1).optional();
const idPrefix = z.string().optional();
const title = z.string().optional();
// Metrics are KPI measurements by KPI id, as measureKpis returns them; their shape is core's.
const metrics = z.record(z.string(), z.unknown()).optional();

/** The options of `renderFunnel`. */
export const FunnelChartOptionsSchema = z.strictObject({
  title,
  highlight: z.enum(["count", "rate"]).optional(),
  locale,
  idPrefix,
});

/** The options of `renderFunnelComparison`. */
export const FunnelComparisonChartOptionsSchema = z.strictObject({
  periods: z.tuple([z.string(), z.string()]).optional(),
  rate: z.enum(["fromStart", "fromPrevious"]).optional(),
  title,
  locale,
  idPrefix,
});

/** The options of `renderPaths`. */
export const PathsChartOptionsSchema = z.strictObject({
  title,
  top: z.number().int().positive().optional(),
  measure: z.enum(["events", "customers"]).optional(),
  locale,
  idPrefix,
});

/** The options of `renderJourneyMap`. */
export const JourneyMapOptionsSchema = z.strictObject({
  persona: z.string().optional(),
  metrics,
  locale,
  idPrefix,
});

/** The options of `toMermaidJourney`. */
export const MermaidJourneyOptionsSchema = z.strictObject({
  metrics,
  persona: z.string().optional(),
  locale,
});

/** The options of `renderReport`. */
export const ReportOptionsSchema = z.strictObject({
  persona: z.string().optional(),
  locale,
  title,
  source: z.string().optional(),
  generatedAt: z.date().optional(),
});
