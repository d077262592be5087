// The public surface of @journeykit/render.

export { type FunnelChartInput, type FunnelChartOptions, renderFunnel } from "./funnel/render-funnel";
export { type FunnelComparisonChartOptions, renderFunnelComparison } from "./funnel/render-funnel-comparison";
export { type JourneyMapOptions, renderJourneyMap } from "./journey-map/render-journey-map";
export { type MermaidJourneyOptions, toMermaidJourney } from "./mermaid/to-mermaid-journey";
export type { JourneyMetrics } from "./metrics/journey-metrics";
export { type ReportOptions, renderReport } from "./report/render-report";
export { type PathsChartOptions, renderPaths } from "./sankey/render-paths";
