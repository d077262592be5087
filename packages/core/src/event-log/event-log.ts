import { InvalidEventError } from "../errors/invalid-event-error";
import { CHANNELS, type Channel } from "../model/channel";
import type { PropertyValue } from "../model/event-matcher";
import type { JourneyEvent } from "../model/journey-event";
import { columnsToData } from "./columns-to-data";
import type { EventLogColumns } from "./event-log-columns";
import { type EventLogData, type EventProperties, NO_SESSION } from "./event-log-data";
import { GrowingColumns } from "./growing-columns";
import { sequenceAt } from "./sequence-at";

/**
 * The one input of every analysis: events in columns (typed arrays, interned names), sorted by
 * customer, then timestamp. Build it with {@link EventLog.from}, {@link EventLog.fromAsync},
 * {@link EventLog.fromColumns} or an {@link EventLogBuilder}.
 *
 * Its columns and tables are in one read-only record, {@link EventLog.columns}, for analyses that
 * loop over them; the per-event methods decode one event's fields.
 *
 * **The log is canonical**: the same events in any input order give the same log (every column,
 * table and event), so no analysis depends on the order a source delivered its rows in.
 * - Customers are ordered by `customerId` in UTF-16 code-unit order (plain `<`); a customer's
 *   index is its rank. `names` are sorted the same way.
 * - A customer's events are ordered by `timestamp`; events on the same timestamp by `sequence`,
 *   entry by entry, a missing entry before any number (no sequence < `[5]` < `[5, 0]` <
 *   `[5, 1]`, see {@link adapter!compareSequences}); then by `name` (code-unit order); then, so that the
 *   order depends on content only, by `sessionId`, `channel`, `source`, `medium`, `value` (each
 *   missing first) and `properties` (the JSON of their entries sorted by key). Events equal in all
 *   of these cannot be told apart and keep their input order.
 * - Sessions are numbered in log order.
 *
 * @example
 * ```ts
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 2_000, name: "purchase" },
 *   { customerId: "ann", timestamp: 1_000, name: "view_item" },
 *   { customerId: "bob", timestamp: 1_500, name: "view_item" },
 * ]);
 * log.size; // 3
 * log.customerCount; // 2
 * log.columns.names; // ["purchase", "view_item"]
 * log.event(0); // { customerId: "ann", timestamp: 1000, name: "view_item" }
 * ```
 */
export class EventLog implements Iterable<JourneyEvent> {
  /** How many events the log holds. */
  readonly size: number;
  /**
   * Every column and table of the log, read-only, in one record, for analyses that loop over
   * them. Per event `i` (`0` to `size - 1`): `customer[i]` indexes `customerIds`, `name[i]`
   * indexes `names`, `session[i]` indexes `sessionIds` (or is {@link EventLog.NO_SESSION}). The
   * events of customer `c` are the positions `customerStart[c]` to `customerStart[c + 1] - 1`.
   * The optional columns are `undefined` when no event has the field: `channel[i]` is 0 for none
   * or `k + 1` for `CHANNELS[k]`, `source[i]` and `medium[i]` index `strings` (0 for none),
   * `value[i]` is `NaN` for none, `sequence[k][i]` is entry `k` of the event's sequence (`NaN` for
   * none). The per-event methods ({@link EventLog.channel}, {@link EventLog.event}, ...) decode
   * these for one event.
   *
   * @example
   * ```ts
   * const { customerStart, timestamp } = log.columns;
   * const firstSeen = log.columns.customerIds.map((_, c) => timestamp[customerStart[c]]);
   * ```
   */
  readonly columns: {
    /** Customer ids by customer index. */
    readonly customerIds: readonly string[];
    /** Per event, its customer index (ascending). */
    readonly customer: Readonly<Uint32Array>;
    /** Where each customer's events start; length `customerCount + 1`. */
    readonly customerStart: Readonly<Uint32Array>;
    /** Per event, milliseconds since the epoch. */
    readonly timestamp: Readonly<Float64Array>;
    /** Per event, an index into `names`. */
    readonly name: Readonly<Uint16Array | Uint32Array>;
    /** The distinct event names (interned). */
    readonly names: readonly string[];
    /** Per event, its session index, or {@link EventLog.NO_SESSION}. */
    readonly session: Readonly<Uint32Array>;
    /** Session ids (as given in the events) by session index. */
    readonly sessionIds: readonly string[];
    /** The customer index of each session. */
    readonly sessionCustomer: Readonly<Uint32Array>;
    /** Per event, 0 for no channel or `k + 1` for `CHANNELS[k]`. */
    readonly channel: Readonly<Uint8Array> | undefined;
    /** Per event, an index into `strings`, 0 for no traffic source. */
    readonly source: Readonly<Uint32Array> | undefined;
    /** Per event, an index into `strings`, 0 for no traffic medium. */
    readonly medium: Readonly<Uint32Array> | undefined;
    /** The interned sources and media that `source` and `medium` point into (entry 0 unused). */
    readonly strings: readonly string[];
    /** Per event, its value, `NaN` for none. */
    readonly value: Readonly<Float64Array> | undefined;
    /** Sequence entry k of each event in column k (none to `MAX_SEQUENCE_LENGTH` columns). */
    readonly sequence: readonly Readonly<Float64Array>[];
    /** Per event, its properties, if any event has them. */
    readonly properties: readonly (EventProperties | undefined)[] | undefined;
  };
  readonly #data: EventLogData;
  #nameIndex: Map<string, number> | undefined;
  #customerIndex: Map<string, number> | undefined;

  /** The session index of an event that has no session. */
  static readonly NO_SESSION = NO_SESSION;

  private constructor(data: EventLogData) {
    this.#data = data;
    const { size, ...columns } = data;
    this.size = size;
    this.columns = Object.freeze(columns);
  }

  /** @internal Wraps finished columns; used by the builder and by transformations. */
  static fromData(data: EventLogData): EventLog {
    return new EventLog(data);
  }

  /**
   * Builds a log from events in any order.
   *
   * @param events - Any iterable of events (an array, a generator).
   * @throws {@link InvalidEventError} at the first event without a customer id, with a
   * non-finite timestamp, or without a name; the error names its index.
   *
   * @example
   * ```ts
   * const log = EventLog.from([{ customerId: "c1", timestamp: Date.UTC(2024, 0, 1), name: "first_visit" }]);
   * log.size; // 1
   * ```
   */
  static from(events: Iterable<JourneyEvent>): EventLog {
    const columns = new GrowingColumns();
    for (const event of events) columns.add(event);
    return new EventLog(columns.finish());
  }

  /**
   * Builds a log from an async stream of events, such as an adapter's `read()`.
   *
   * @throws {@link InvalidEventError} as {@link EventLog.from} does.
   *
   * @example
   * ```ts
   * const log = await EventLog.fromAsync(ga4Adapter.read(file));
   * ```
   */
  static async fromAsync(events: AsyncIterable<JourneyEvent> | Iterable<JourneyEvent>): Promise<EventLog> {
    const columns = new GrowingColumns();
    for await (const event of events) columns.add(event);
    return new EventLog(columns.finish());
  }

  /**
   * Builds a log from events already split into columns: the fastest way in, with no object per
   * event. The arrays are read, not kept.
   *
   * @throws {@link InvalidEventError} when a column has the wrong length, an index is out of
   * range, a timestamp is not finite or an id is empty.
   *
   * @example
   * ```ts
   * const log = EventLog.fromColumns({
   *   customer: Uint32Array.of(0, 0),
   *   customerIds: ["ann"],
   *   timestamp: Float64Array.of(2, 1),
   *   name: Uint16Array.of(1, 0),
   *   names: ["view_item", "purchase"],
   * });
   * log.event(0).name; // "view_item"
   * ```
   */
  static fromColumns(columns: EventLogColumns): EventLog {
    return new EventLog(columnsToData(columns));
  }

  /** How many customers the log knows (some may have no events left after {@link EventLog.filter}). */
  get customerCount(): number {
    return this.#data.customerIds.length;
  }

  /** The earliest and latest timestamps, or `undefined` for an empty log. */
  get timeRange(): { readonly start: number; readonly end: number } | undefined {
    if (this.size === 0) return undefined;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const time of this.#data.timestamp) {
      if (time < start) start = time;
      if (time > end) end = time;
    }
    return { start, end };
  }

  /** Bytes held by the columns (typed arrays only; interned strings and properties excluded). */
  get columnBytes(): number {
    const d = this.#data;
    return [
      d.customer,
      d.customerStart,
      d.timestamp,
      d.name,
      d.session,
      d.sessionCustomer,
      d.channel,
      d.source,
      d.medium,
      d.value,
      ...d.sequence,
    ]
      .map((column) => column?.byteLength ?? 0)
      .reduce((sum, bytes) => sum + bytes, 0);
  }

  /**
   * The index of an event name in `names`, or -1 when no event has that name.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "purchase" }]).nameIndex("purchase"); // 0
   * ```
   */
  nameIndex(name: string): number {
    this.#nameIndex ??= new Map(this.#data.names.map((value, index) => [value, index]));
    return this.#nameIndex.get(name) ?? -1;
  }

  /**
   * The index of a customer id, or -1 when the log does not know it.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "a" }]).customerIndex("c"); // 0
   * ```
   */
  customerIndex(customerId: string): number {
    this.#customerIndex ??= new Map(this.#data.customerIds.map((value, index) => [value, index]));
    return this.#customerIndex.get(customerId) ?? -1;
  }

  /**
   * The channel of event `index`, if it has one.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "a", channel: "email" }]).channel(0); // "email"
   * ```
   */
  channel(index: number): Channel | undefined {
    const code = this.#data.channel?.[index] ?? 0;
    return code === 0 ? undefined : CHANNELS[code - 1];
  }

  /**
   * The traffic source of event `index`, if it has one.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "a", source: "google" }]).source(0); // "google"
   * ```
   */
  source(index: number): string | undefined {
    const code = this.#data.source?.[index] ?? 0;
    return code === 0 ? undefined : this.#data.strings[code];
  }

  /**
   * The traffic medium of event `index`, if it has one.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "a", medium: "cpc" }]).medium(0); // "cpc"
   * ```
   */
  medium(index: number): string | undefined {
    const code = this.#data.medium?.[index] ?? 0;
    return code === 0 ? undefined : this.#data.strings[code];
  }

  /**
   * The value of event `index` (revenue, for example), if it has one.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "purchase", value: 499 }]).value(0); // 499
   * ```
   */
  value(index: number): number | undefined {
    const value = this.#data.value?.[index];
    return value === undefined || Number.isNaN(value) ? undefined : value;
  }

  /**
   * The sequence of event `index` (its order among the customer's events on the same timestamp),
   * if it has one.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "a", sequence: [1, 4] }]).sequence(0); // [1, 4]
   * ```
   */
  sequence(index: number): readonly number[] | undefined {
    return sequenceAt(this.#data.sequence, index);
  }

  /**
   * The properties of event `index`, if it has any.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "a", properties: { plan: "pro" } }]).properties(0); // { plan: "pro" }
   * ```
   */
  properties(index: number): EventProperties | undefined {
    return this.#data.properties?.[index];
  }

  /**
   * One property of event `index`, or `undefined` when the event does not have it.
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 0, name: "a", properties: { plan: "pro" } }]).property(0, "plan"); // "pro"
   * ```
   */
  property(index: number, key: string): PropertyValue | undefined {
    const properties = this.#data.properties?.[index];
    return properties !== undefined && Object.hasOwn(properties, key) ? properties[key] : undefined;
  }

  /**
   * Event `index` as a {@link JourneyEvent} object (made on demand).
   *
   * @example
   * ```ts
   * EventLog.from([{ customerId: "c", timestamp: 5, name: "a" }]).event(0); // { customerId: "c", timestamp: 5, name: "a" }
   * ```
   */
  event(index: number): JourneyEvent {
    const event: {
      -readonly [K in keyof JourneyEvent]: JourneyEvent[K];
    } = {
      customerId: this.#data.customerIds[this.#data.customer[index] as number] as string,
      timestamp: this.#data.timestamp[index] as number,
      name: this.#data.names[this.#data.name[index] as number] as string,
    };
    const session = this.#data.session[index] as number;
    if (session !== NO_SESSION) event.sessionId = this.#data.sessionIds[session] as string;
    const channel = this.channel(index);
    if (channel !== undefined) event.channel = channel;
    const source = this.source(index);
    if (source !== undefined) event.source = source;
    const medium = this.medium(index);
    if (medium !== undefined) event.medium = medium;
    const value = this.value(index);
    if (value !== undefined) event.value = value;
    const sequence = this.sequence(index);
    if (sequence !== undefined) event.sequence = sequence;
    const properties = this.properties(index);
    if (properties !== undefined) event.properties = properties;
    return event;
  }

  /**
   * The events in log order (by customer, then time and the tie rules above), as objects.
   *
   * @example
   * ```ts
   * for (const event of log) console.log(event.customerId, event.name);
   * ```
   */
  *[Symbol.iterator](): Iterator<JourneyEvent> {
    for (let index = 0; index < this.size; index += 1) yield this.event(index);
  }

  /**
   * A new log with the events for which `keep(index)` is true, in the same order. Customer and
   * name tables are shared, so indexes stay comparable between the two logs.
   *
   * @example
   * ```ts
   * const january = log.filter((i) => log.columns.timestamp[i] < Date.UTC(2024, 1, 1));
   * ```
   */
  filter(keep: (index: number) => boolean): EventLog {
    const d = this.#data;
    const kept: number[] = [];
    for (let index = 0; index < this.size; index += 1) if (keep(index)) kept.push(index);
    const pick = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(column: T | undefined) => {
      if (column === undefined) return undefined;
      const result = new (column.constructor as new (length: number) => T)(kept.length);
      kept.forEach((from, to) => {
        result[to] = column[from] as number;
      });
      return result;
    };
    const customer = pick(d.customer) ?? new Uint32Array(0);
    const customerStart = new Uint32Array(this.customerCount + 1);
    for (const c of customer) customerStart[c + 1] = (customerStart[c + 1] as number) + 1;
    for (let c = 0; c < this.customerCount; c += 1) {
      customerStart[c + 1] = (customerStart[c + 1] as number) + (customerStart[c] as number);
    }
    return new EventLog({
      ...d,
      size: kept.length,
      customer,
      customerStart,
      timestamp: pick(d.timestamp) ?? new Float64Array(0),
      name: pick(d.name) ?? new Uint16Array(0),
      session: pick(d.session) ?? new Uint32Array(0),
      channel: pick(d.channel),
      source: pick(d.source),
      medium: pick(d.medium),
      value: pick(d.value),
      sequence: d.sequence.map((column) => pick(column) as Float64Array),
      properties: d.properties === undefined ? undefined : kept.map((index) => d.properties?.[index]),
    });
  }
}
