export type { Duration } from "../model/parse-duration";
export { EventLog } from "./event-log";
export { EventLogBuilder } from "./event-log-builder";
export type { EventLogColumns } from "./event-log-columns";
export type { EventProperties } from "./event-log-data";
