// The public surface of @journeykit/ga4.
export { defaultChannelGroup, type TrafficSource } from "./channels/default-channel-group";
export { GA4_CHANNEL_GROUPS, type Ga4ChannelGroup } from "./channels/ga4-channel-groups";
export { GA4_CHANNEL_GROUP_TO_CHANNEL, journeyChannelForGroup } from "./channels/journey-channel-for-group";
export { ga4Adapter } from "./export/ga4-adapter";
export { type Ga4ExportOptions, Ga4ExportOptionsSchema } from "./export/ga4-export-options";
export { type Ga4ReadReport, type Ga4ReadStream, readGa4Export } from "./export/read-ga4-export";
