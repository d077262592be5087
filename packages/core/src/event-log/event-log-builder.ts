import { InvalidEventError } from "../errors/invalid-event-error";
import { CHANNELS } from "../model/channel";
import type { JourneyEvent } from "../model/journey-event";
import { intern } from "../util/intern";
import { checkedBatchTables } from "./check-event-log-batch";
import { EventLog } from "./event-log";
import type { EventLogBatch } from "./event-log-batch";
import { type EventProperties, NO_SESSION } from "./event-log-data";
import { eventProblem } from "./event-problem";
import { finalizeColumns } from "./finalize-columns";

const channelCode = new Map<string, number>(CHANNELS.map((channel, index) => [channel, index + 1]));

function grow<T extends Uint8Array | Uint32Array | Float64Array>(
  column: T,
  capacity: number,
  fill?: number,
): T {
  const larger = new (column.constructor as new (length: number) => T)(capacity);
  if (fill !== undefined) larger.fill(fill, column.length);
  larger.set(column);
  return larger;
}

/**
 * Collects events one at a time into growing columns, then builds an {@link EventLog}. Adapters
 * with a fast path use it to avoid holding every event object in memory; `EventLog.from` uses it
 * too. Events may come in any order: the log is the same.
 *
 * @example
 * ```ts
 * const builder = new EventLogBuilder();
 * builder.add({ customerId: "c1", timestamp: 2_000, name: "purchase" });
 * builder.add({ customerId: "c1", timestamp: 1_000, name: "view_item" });
 * const log = builder.build();
 * log.size; // 2
 * log.event(0).name; // "view_item"
 * ```
 */
export class EventLogBuilder {
  #size = 0;
  #capacity = 1024;
  #customer = new Uint32Array(this.#capacity);
  #timestamp = new Float64Array(this.#capacity);
  #name = new Uint32Array(this.#capacity);
  #customerIndex = new Map<string, number>();
  #customerIds: string[] = [];
  #nameIndex = new Map<string, number>();
  #names: string[] = [];
  #sessionKey: Uint32Array | undefined;
  #sessionKeyIndex = new Map<string, number>();
  #sessionKeyNames: string[] = [];
  #channel: Uint8Array | undefined;
  #source: Uint32Array | undefined;
  #medium: Uint32Array | undefined;
  #stringIndex = new Map<string, number>();
  #strings: string[] = [""];
  #value: Float64Array | undefined;
  #properties: (EventProperties | undefined)[] | undefined;
  // Sequence entry k of each event, NaN for none; column k is made when an event first has k + 1 entries.
  #sequence: Float64Array[] = [];

  /** How many events have been added. */
  get size(): number {
    return this.#size;
  }

  /**
   * Adds one event, checking it first.
   *
   * @param event - The event; it is not kept, only its fields (its `properties` object is kept
   * by reference, so do not mutate it afterwards).
   * @returns The builder, for chaining.
   * @throws {@link InvalidEventError} naming the event's index and the bad field.
   *
   * @example
   * ```ts
   * new EventLogBuilder().add({ customerId: "c1", timestamp: 0, name: "first_visit" }).size; // 1
   * ```
   */
  add(event: JourneyEvent): this {
    const problem = eventProblem(event);
    if (problem !== undefined) throw bad(this.#size, problem.field, problem.problem);
    const { customerId, timestamp, name, sessionId, channel, source, medium, value, sequence, properties } =
      event;
    this.#append(
      intern(this.#customerIndex, this.#customerIds, customerId),
      timestamp,
      intern(this.#nameIndex, this.#names, name),
      sessionId === undefined ? NO_SESSION : intern(this.#sessionKeyIndex, this.#sessionKeyNames, sessionId),
      channel === undefined ? 0 : (channelCode.get(channel) ?? 0),
      source === undefined ? 0 : this.#stringCode(source),
      medium === undefined ? 0 : this.#stringCode(medium),
      value ?? Number.NaN,
      properties as EventProperties | undefined,
    );
    if (sequence !== undefined) {
      for (let k = 0; k < sequence.length; k += 1)
        this.#sequenceColumn(k)[this.#size - 1] = sequence[k] as number;
    }
    return this;
  }

  /**
   * The events added so far, in the order they were added, as an {@link EventLogBatch}: copies of
   * the columns trimmed to `size`, safe to post to another thread (pass the typed arrays' buffers
   * as transferables) and to append to another builder with {@link EventLogBuilder.addBatch}.
   *
   * @returns The batch; the builder is unchanged and may go on.
   *
   * @example
   * ```ts
   * const builder = new EventLogBuilder().add({ customerId: "c1", timestamp: 1_000, name: "view_item" });
   * const batch = builder.toBatch();
   * batch.customerIds; // ["c1"]
   * batch.timestamp; // Float64Array [1000]
   * ```
   */
  toBatch(): EventLogBatch {
    const size = this.#size;
    const channel = this.#channel;
    const strings = [...this.#strings];
    let channelStrings: Uint32Array | undefined;
    if (channel !== undefined) {
      // Channels travel as strings, so that a batch does not depend on the order of CHANNELS.
      const stringOfChannel = CHANNELS.map((name) => this.#stringIndex.get(name) ?? strings.push(name) - 1);
      channelStrings = new Uint32Array(size);
      for (let index = 0; index < size; index += 1) {
        const code = channel[index] as number;
        if (code !== 0) channelStrings[index] = stringOfChannel[code - 1] as number;
      }
    }
    const hasStrings = channel !== undefined || this.#source !== undefined || this.#medium !== undefined;
    return {
      size,
      customer: this.#customer.slice(0, size),
      customerIds: [...this.#customerIds],
      timestamp: this.#timestamp.slice(0, size),
      name: this.#name.slice(0, size),
      names: [...this.#names],
      ...(this.#sessionKey && {
        session: this.#sessionKey.slice(0, size),
        sessionIds: [...this.#sessionKeyNames],
      }),
      ...(channelStrings && { channel: channelStrings }),
      ...(this.#source && { source: this.#source.slice(0, size) }),
      ...(this.#medium && { medium: this.#medium.slice(0, size) }),
      ...(hasStrings && { strings }),
      ...(this.#value && { value: this.#value.slice(0, size) }),
      ...(this.#properties && { properties: this.#properties.slice(0, size) }),
      ...(this.#sequence.length > 0 && { sequence: this.#sequence.map((column) => column.slice(0, size)) }),
    };
  }

  /**
   * Appends the events of a batch, as if each had been passed to {@link EventLogBuilder.add} in
   * the batch's order; `keep` leaves some out. The batch is checked first (its columns and string
   * tables, each timestamp, channel and value), and nothing is added when it is bad.
   *
   * @param batch - Events in columns, as {@link EventLogBuilder.toBatch} makes them.
   * @param keep - Called with each event's position in the batch; `false` leaves it out.
   * @returns The builder, for chaining.
   * @throws {@link InvalidEventError} naming the first bad event (its position in the batch) and
   * field, or `"batch"` when the batch's shape is wrong.
   *
   * @example
   * ```ts
   * const worker = new EventLogBuilder()
   *   .add({ customerId: "c1", timestamp: 2_000, name: "purchase" })
   *   .add({ customerId: "c1", timestamp: 2_000, name: "purchase" });
   * const main = new EventLogBuilder().add({ customerId: "c1", timestamp: 1_000, name: "view_item" });
   * main.addBatch(worker.toBatch(), (index) => index === 0).size; // 2
   * ```
   */
  addBatch(batch: EventLogBatch, keep?: (index: number) => boolean): this {
    const tables = checkedBatchTables(batch);
    // Strings are interned when an event kept first uses them, as add() would: a customer whose
    // events are all left out must not get a place in the log.
    const customers = new TableCodes(batch.customerIds, this.#customerIndex, this.#customerIds);
    const names = new TableCodes(batch.names, this.#nameIndex, this.#names);
    const sessions = new TableCodes(tables.sessionIds, this.#sessionKeyIndex, this.#sessionKeyNames);
    const strings = new TableCodes(tables.strings, this.#stringIndex, this.#strings);
    const { session, channel, source, medium, value, properties } = batch;
    const sequence = batch.sequence ?? [];
    for (let index = 0; index < batch.size; index += 1) {
      if (keep !== undefined && !keep(index)) continue;
      const sessionCode = session?.[index] ?? NO_SESSION;
      const channelString = channel?.[index] ?? 0;
      const sourceString = source?.[index] ?? 0;
      const mediumString = medium?.[index] ?? 0;
      this.#append(
        customers.code(batch.customer[index] as number),
        batch.timestamp[index] as number,
        names.code(batch.name[index] as number),
        sessionCode === NO_SESSION ? NO_SESSION : sessions.code(sessionCode),
        channelString === 0 ? 0 : (channelCode.get(tables.strings[channelString] as string) ?? 0),
        sourceString === 0 ? 0 : strings.code(sourceString),
        mediumString === 0 ? 0 : strings.code(mediumString),
        value?.[index] ?? Number.NaN,
        properties?.[index],
      );
      for (let k = 0; k < sequence.length; k += 1) {
        const entry = (sequence[k] as Float64Array)[index] as number;
        if (Number.isNaN(entry)) break;
        this.#sequenceColumn(k)[this.#size - 1] = entry;
      }
    }
    return this;
  }

  /**
   * Sorts what was added into the log's canonical order (see {@link EventLog}: by customer id,
   * time, sequence, name and content, whatever the order events were added in) and returns the
   * log. The builder should not be used afterwards.
   *
   * @example
   * ```ts
   * const log = new EventLogBuilder().add({ customerId: "c1", timestamp: 0, name: "a" }).build();
   * log.columns.customerIds; // ["c1"]
   * ```
   */
  build(): EventLog {
    return EventLog.fromData(
      finalizeColumns({
        size: this.#size,
        customer: this.#customer,
        customerIds: this.#customerIds,
        timestamp: this.#timestamp,
        name: this.#name,
        names: this.#names,
        sessionKey: this.#sessionKey,
        sessionKeyNames: this.#sessionKeyNames,
        channel: this.#channel,
        source: this.#source,
        medium: this.#medium,
        strings: this.#strings,
        value: this.#value,
        properties: this.#properties,
        sequence: this.#sequence,
      }),
    );
  }

  /**
   * Writes one checked event, its strings already coded: `session` NO_SESSION, `channel`,
   * `source` and `medium` 0, and `value` NaN mean none. Optional columns are made on first use.
   */
  #append(
    customer: number,
    timestamp: number,
    name: number,
    session: number,
    channel: number,
    source: number,
    medium: number,
    value: number,
    properties: EventProperties | undefined,
  ): void {
    const at = this.#size;
    if (at === this.#capacity) this.#growTo(this.#capacity * 2);
    this.#customer[at] = customer;
    this.#timestamp[at] = timestamp;
    this.#name[at] = name;
    if (session !== NO_SESSION) {
      this.#sessionKey ??= new Uint32Array(this.#capacity).fill(NO_SESSION);
      this.#sessionKey[at] = session;
    } else if (this.#sessionKey) {
      this.#sessionKey[at] = NO_SESSION;
    }
    if (channel !== 0) {
      this.#channel ??= new Uint8Array(this.#capacity);
      this.#channel[at] = channel;
    }
    if (source !== 0) {
      this.#source ??= new Uint32Array(this.#capacity);
      this.#source[at] = source;
    }
    if (medium !== 0) {
      this.#medium ??= new Uint32Array(this.#capacity);
      this.#medium[at] = medium;
    }
    if (!Number.isNaN(value)) {
      this.#value ??= new Float64Array(this.#capacity).fill(Number.NaN);
      this.#value[at] = value;
    }
    if (properties !== undefined) {
      this.#properties ??= new Array(at).fill(undefined);
      this.#properties[at] = properties;
    } else if (this.#properties) {
      this.#properties[at] = undefined;
    }
    this.#size = at + 1;
  }

  /** Sequence column `k`, made (all NaN) on first use with the columns before it. */
  #sequenceColumn(k: number): Float64Array {
    while (this.#sequence.length <= k) this.#sequence.push(new Float64Array(this.#capacity).fill(Number.NaN));
    return this.#sequence[k] as Float64Array;
  }

  #stringCode(text: string): number {
    return intern(this.#stringIndex, this.#strings, text);
  }

  #growTo(capacity: number): void {
    this.#capacity = capacity;
    this.#customer = grow(this.#customer, capacity);
    this.#timestamp = grow(this.#timestamp, capacity);
    this.#name = grow(this.#name, capacity);
    if (this.#sessionKey) this.#sessionKey = grow(this.#sessionKey, capacity);
    if (this.#channel) this.#channel = grow(this.#channel, capacity);
    if (this.#source) this.#source = grow(this.#source, capacity);
    if (this.#medium) this.#medium = grow(this.#medium, capacity);
    if (this.#value) this.#value = grow(this.#value, capacity, Number.NaN);
    this.#sequence = this.#sequence.map((column) => grow(column, capacity, Number.NaN));
  }
}

/** The codes in a builder of the strings of a batch's table, each interned when first asked for. */
class TableCodes {
  readonly #codes: Int32Array;

  constructor(
    private readonly table: readonly string[],
    private readonly index: Map<string, number>,
    private readonly values: string[],
  ) {
    this.#codes = new Int32Array(table.length).fill(-1);
  }

  code(position: number): number {
    let code = this.#codes[position] as number;
    if (code < 0) {
      code = intern(this.index, this.values, this.table[position] as string);
      this.#codes[position] = code;
    }
    return code;
  }
}

/** Made only when an event is bad, so that checking good events allocates nothing. */
function bad(index: number, field: string, problem: string): InvalidEventError {
  return new InvalidEventError({ index, field, problem });
}
