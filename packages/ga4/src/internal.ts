// What @journeykit/duckdb needs to read rows exactly as readGa4Export does, and users do not:
// one place for each rule, shared by both readers. Not covered by semver.
export { channelOfTraffic } from "./channels/channel-of-traffic";
export { exportEndWarnings } from "./export/export-end-warnings";
export { readParamRecord } from "./export/row-decoding";
export { setProperty } from "./export/set-property";
