// Test support: the in-memory side of the differential tests: the same NDJSON text read by
// @journeykit/ga4 (the default read: the log orders ties by the batch columns) into an EventLog.
import { EventLog } from "@journeykit/core";
import { readGa4Export } from "@journeykit/ga4";

export function readLog(
  ndjson: string,
  identity: "pseudo" | "user-id" | "stitched" = "pseudo",
  trafficSource: "event" | "user" = "event",
): Promise<EventLog> {
  return EventLog.fromAsync(readGa4Export(ndjson, { identity, trafficSource }));
}
