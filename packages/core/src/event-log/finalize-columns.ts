import { type EventLogData, NO_SESSION } from "./event-log-data";
import { rankStrings } from "./rank-strings";
import { sortByCustomerThenTime } from "./sort-by-customer-time";
import { tiedEventOrder } from "./tied-event-order";

/**
 * Columns in input order, as ingestion leaves them (typed arrays may be longer than `size`): the
 * event columns of {@link EventLogData}, with session ids not yet numbered per customer.
 */
export interface UnsortedColumns
  extends Omit<EventLogData, "customerStart" | "session" | "sessionIds" | "sessionCustomer"> {
  /** Per event, a code into `sessionKeyNames`, or NO_SESSION; undefined when no event has a session. */
  readonly sessionKey: Uint32Array | undefined;
  /** The session ids as given, by code; one code per distinct string. */
  readonly sessionKeyNames: readonly string[];
}

function permute<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(
  column: T | undefined,
  order: Uint32Array,
  create: (length: number) => T,
): T | undefined {
  if (column === undefined) return undefined;
  const result = create(order.length);
  for (let i = 0; i < order.length; i += 1) result[i] = column[order[i] as number] as number;
  return result;
}

/**
 * Puts columns into the log's canonical order, which depends on the events alone and not on
 * the order they came in: customers and names renumbered in code-unit order of their ids, each
 * customer's events by time, ties broken as `tiedEventOrder` says; then numbers sessions per
 * customer in that order (the same session id under two customers is two sessions).
 */
export function finalizeColumns(columns: UnsortedColumns): EventLogData {
  const { size, strings } = columns;
  const customers = rankStrings(columns.customerIds);
  const customerIds = customers.sorted;
  const ranked = new Uint32Array(size);
  for (let i = 0; i < size; i += 1) ranked[i] = customers.rank[columns.customer[i] as number] as number;
  const nameRanks = rankStrings(columns.names);
  const names = nameRanks.sorted;
  const { order, customerStart } = sortByCustomerThenTime(
    ranked,
    columns.timestamp,
    size,
    customerIds.length,
    tiedEventOrder(columns, nameRanks.rank),
  );
  const customer = new Uint32Array(size);
  for (let c = 0; c < customerIds.length; c += 1) {
    customer.fill(c, customerStart[c] as number, customerStart[c + 1] as number);
  }
  const timestamp = permute(columns.timestamp, order, (n) => new Float64Array(n)) ?? new Float64Array(0);
  const name = names.length <= 0x1_0000 ? new Uint16Array(size) : new Uint32Array(size);
  for (let i = 0; i < size; i += 1) {
    name[i] = nameRanks.rank[columns.name[order[i] as number] as number] as number;
  }

  const session = new Uint32Array(size).fill(NO_SESSION);
  const sessionIds: string[] = [];
  const sessionCustomerList: number[] = [];
  const { sessionKey, sessionKeyNames } = columns;
  if (sessionKey !== undefined) {
    // A key is a session of the customer that uses it; the same key under another customer is
    // another session. Customers come one after another, so the last owner of a key suffices.
    const owner = new Int32Array(sessionKeyNames.length).fill(-1);
    const sessionOfKey = new Uint32Array(sessionKeyNames.length);
    for (let c = 0; c < customerIds.length; c += 1) {
      for (let i = customerStart[c] as number; i < (customerStart[c + 1] as number); i += 1) {
        const key = sessionKey[order[i] as number] as number;
        if (key === NO_SESSION) continue;
        if (owner[key] !== c) {
          owner[key] = c;
          sessionOfKey[key] = sessionIds.length;
          sessionIds.push(sessionKeyNames[key] as string);
          sessionCustomerList.push(c);
        }
        session[i] = sessionOfKey[key] as number;
      }
    }
  }

  const properties = columns.properties;
  return {
    size,
    customerIds,
    customer,
    customerStart,
    timestamp,
    name,
    names,
    session,
    sessionIds,
    sessionCustomer: Uint32Array.from(sessionCustomerList),
    channel: permute(columns.channel, order, (n) => new Uint8Array(n)),
    source: permute(columns.source, order, (n) => new Uint32Array(n)),
    medium: permute(columns.medium, order, (n) => new Uint32Array(n)),
    strings,
    value: permute(columns.value, order, (n) => new Float64Array(n)),
    properties: properties === undefined ? undefined : Array.from(order, (i) => properties[i]),
    sequence: columns.sequence.map(
      (column) => permute(column, order, (n) => new Float64Array(n)) as Float64Array,
    ),
  };
}
