export { type Duration, parseDuration } from "../model/parse-duration";
export { compareSequences } from "./compare-sequences";
export { EventLog } from "./event-log";
export type { EventLogBatch } from "./event-log-batch";
export { EventLogBuilder } from "./event-log-builder";
export type { EventLogColumns } from "./event-log-columns";
export type { EventProperties } from "./event-log-data";
