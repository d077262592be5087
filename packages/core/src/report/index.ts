// The public surface of report/: re-exported by src/index.ts.
export { type JourneyReport, type JourneyReportOptions, journeyReport } from "./journey-report";
