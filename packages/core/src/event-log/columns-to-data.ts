import { InvalidEventError } from "../errors/invalid-event-error";
import { MAX_SEQUENCE_LENGTH } from "../model/journey-event";
import { intern } from "../util/intern";
import type { EventLogColumns } from "./event-log-columns";
import { type EventLogData, NO_SESSION } from "./event-log-data";
import { sequenceColumnsProblem } from "./event-problem";
import { finalizeColumns } from "./finalize-columns";

/**
 * Codes into a table with repeated strings turned into codes of one table without repeats, so
 * that the same id at two indexes is one customer (or name), as it is when events come one by one.
 */
function withoutRepeats<T extends Uint16Array | Uint32Array>(
  column: T,
  table: readonly string[],
): { column: T; table: string[] } {
  if (new Set(table).size === table.length) return { column, table: [...table] };
  const codeOf = new Map<string, number>();
  const unique: string[] = [];
  const canonical = Uint32Array.from(table, (id) => intern(codeOf, unique, id));
  const recoded = column.map((code) => canonical[code] as number) as T;
  return { column: recoded, table: unique };
}

/**
 * Checks columns handed to `EventLog.fromColumns` (lengths, index ranges, finite timestamps,
 * non-empty ids, sequences) and sorts them into the log's layout.
 */
export function columnsToData(columns: EventLogColumns): EventLogData {
  const { customer, customerIds, timestamp, name, names, session, sessionIds } = columns;
  const sequence = columns.sequence ?? [];
  const size = customer.length;
  const fail = (index: number, field: string, problem: string) => {
    throw new InvalidEventError({ index, field, problem });
  };
  if (timestamp.length !== size || name.length !== size || (session && session.length !== size)) {
    fail(0, "columns", `customer has ${size} entries, but timestamp, name and session must have as many`);
  }
  if (
    sequence.length > MAX_SEQUENCE_LENGTH ||
    sequence.some((column) => !(column instanceof Float64Array) || column.length !== size)
  ) {
    fail(0, "sequence", `expected up to ${MAX_SEQUENCE_LENGTH} Float64Arrays of ${size} entries`);
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
    const problem = sequence.length === 0 ? undefined : sequenceColumnsProblem(sequence, i);
    if (problem !== undefined) fail(i, "sequence", problem);
  }
  const customers = withoutRepeats(customer, customerIds);
  const eventNames = withoutRepeats(name, names);
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
    customer: customers.column,
    customerIds: customers.table,
    timestamp,
    name: eventNames.column,
    names: eventNames.table,
    sessionKey,
    sessionKeyNames,
    channel: undefined,
    source: undefined,
    medium: undefined,
    strings: [""],
    value: undefined,
    properties: undefined,
    sequence,
  });
}
