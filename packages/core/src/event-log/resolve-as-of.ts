import { toMillis } from "../model/instant";
import type { EventLog } from "./event-log";

/** The moment relative periods end at: the option, or the log's last timestamp (0 for none). */
export function resolveAsOf(log: EventLog | undefined, asOf: number | string | Date | undefined): number {
  return asOf === undefined ? (log?.timeRange?.end ?? 0) : toMillis(asOf);
}
