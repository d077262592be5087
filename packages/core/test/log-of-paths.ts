import { EventLog } from "../src/index";

/**
 * A log written as one line of event names per customer (`{ ann: "view_item add_to_cart" }`),
 * each event a minute after the one before: the compact form hand-computed examples read best in.
 */
export function logOfPaths(paths: Readonly<Record<string, string>>): EventLog {
  return EventLog.from(
    Object.entries(paths).flatMap(([customerId, path]) =>
      path.split(" ").map((name, minute) => ({ customerId, timestamp: minute * 60_000, name })),
    ),
  );
}
