import { InvalidEventError } from "../errors/invalid-event-error";
import { intern } from "../util/intern";
import type { EventLogColumns } from "./event-log";
import { type EventLogData, NO_SESSION } from "./event-log-data";
import { finalizeColumns } from "./finalize-columns";

/**
 * Checks columns handed to `EventLog.fromColumns` (lengths, index ranges, finite timestamps,
 * non-empty ids) and sorts them into the log's layout.
 */
export function columnsToData(columns: EventLogColumns): EventLogData {
  const { customer, customerIds, timestamp, name, names, session, sessionIds } = columns;
  const size = customer.length;
  const fail = (index: number, field: string, problem: string) => {
    throw new InvalidEventError({ index, field, problem });
  };
  if (timestamp.length !== size || name.length !== size || (session && session.length !== size)) {
    fail(0, "columns", `customer has ${size} entries, but timestamp, name and session must have as many`);
  }
  customerIds.forEach((id, i) => {
    if (typeof id !== "string" || id.length === 0)
      fail(i, "customerIds", "customer ids must be non-empty strings");
  });
  names.forEach((id, i) => {
    if (typeof id !== "string" || id.length === 0) fail(i, "names", "event names must be non-empty strings");
  });
  for (let i = 0; i < size; i += 1) {
    if ((customer[i] as number) >= customerIds.length)
      fail(i, "customer", "index past the end of customerIds");
    if ((name[i] as number) >= names.length) fail(i, "name", "index past the end of names");
    if (!Number.isFinite(timestamp[i])) fail(i, "timestamp", `expected a finite number, got ${timestamp[i]}`);
    const s = session?.[i];
    if (s !== undefined && s !== NO_SESSION && s >= (sessionIds?.length ?? 0)) {
      fail(i, "session", "index past the end of sessionIds");
    }
  }
  // Session ids are strings: two indexes holding the same string are one key.
  let sessionKey: Uint32Array | undefined;
  const sessionKeyNames: string[] = [];
  if (session !== undefined) {
    const codeOf = new Map<string, number>();
    const canonical = Uint32Array.from(sessionIds ?? [], (id) => intern(codeOf, sessionKeyNames, id));
    sessionKey = new Uint32Array(size);
    for (let i = 0; i < size; i += 1) {
      const s = session[i] as number;
      sessionKey[i] = s === NO_SESSION ? NO_SESSION : (canonical[s] as number);
    }
  }
  return finalizeColumns({
    size,
    customer,
    customerIds: [...customerIds],
    timestamp,
    name,
    names: [...names],
    sessionKey,
    sessionKeyNames,
    channel: undefined,
    source: undefined,
    medium: undefined,
    strings: [""],
    value: undefined,
    properties: undefined,
  });
}
