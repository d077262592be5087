// The public surface of @journeykit/ga4 (browser-safe; Node-only helpers are in "@journeykit/ga4/node").
export { defaultChannelGroup, type TrafficSource } from "./channels/default-channel-group";
export { GA4_CHANNEL_GROUPS, type Ga4ChannelGroup } from "./channels/ga4-channel-groups";
export { GA4_CHANNEL_GROUP_TO_CHANNEL, journeyChannelForGroup } from "./channels/journey-channel-for-group";
export {
  type Ga4Csv,
  type Ga4CsvRow,
  type Ga4CsvSection,
  type ReadGa4CsvOptions,
  ReadGa4CsvOptionsSchema,
  readGa4Csv,
} from "./csv/read-ga4-csv";
export {
  type Ga4FunnelReport,
  type Ga4FunnelReportOptions,
  Ga4FunnelReportOptionsSchema,
  readGa4FunnelReport,
} from "./data-api/read-ga4-funnel-report";
export { type Ga4Report, readGa4Report } from "./data-api/read-ga4-report";
export type { Ga4ReportRow } from "./data-api/typed-row";
export { Ga4CsvError } from "./errors/ga4-csv-error";
export { Ga4ReportError } from "./errors/ga4-report-error";
export { ga4Adapter } from "./export/ga4-adapter";
export { type Ga4ExportOptions, Ga4ExportOptionsSchema } from "./export/ga4-export-options";
export { GA4_READ_DETAILS, type Ga4ReadDetails } from "./export/ga4-read-details";
export { type Ga4ReadReport, type Ga4ReadStream, readGa4Export } from "./export/read-ga4-export";
