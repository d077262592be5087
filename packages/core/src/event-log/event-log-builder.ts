import { InvalidEventError } from "../errors/invalid-event-error";
import { CHANNELS } from "../model/channel";
import type { JourneyEvent } from "../model/journey-event";
import { intern } from "../util/intern";
import { EventLog } from "./event-log";
import { type EventProperties, NO_SESSION } from "./event-log-data";
import { finalizeColumns } from "./finalize-columns";

const channelCode = new Map<string, number>(CHANNELS.map((channel, index) => [channel, index + 1]));

function grow<T extends Uint8Array | Uint32Array | Float64Array>(column: T, capacity: number): T {
  const larger = new (column.constructor as new (length: number) => T)(capacity);
  larger.set(column);
  return larger;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Collects events one at a time into growing columns, then builds an {@link EventLog}. Adapters
 * with a fast path use it to avoid holding every event object in memory; `EventLog.from` uses it
 * too. Events may come in any order.
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
    const index = this.#size;
    if (!isPlainRecord(event))
      throw bad(index, "event", "expected an object with customerId, timestamp and name");
    const { customerId, timestamp, name, sessionId, channel, source, medium, value, properties } = event;
    if (typeof customerId !== "string" || customerId.length === 0) {
      throw bad(index, "customerId", `expected a non-empty string, got ${describe(customerId)}`);
    }
    if (typeof timestamp !== "number" || !Number.isFinite(timestamp)) {
      throw bad(
        index,
        "timestamp",
        `expected a finite number of milliseconds since the epoch, got ${describe(timestamp)}`,
      );
    }
    if (typeof name !== "string" || name.length === 0) {
      throw bad(index, "name", `expected a non-empty string, got ${describe(name)}`);
    }
    if (sessionId !== undefined && (typeof sessionId !== "string" || sessionId.length === 0)) {
      throw bad(
        index,
        "sessionId",
        `expected a non-empty string or no sessionId, got ${describe(sessionId)}`,
      );
    }
    if (channel !== undefined && !channelCode.has(channel)) {
      throw bad(index, "channel", `expected one of ${CHANNELS.join(", ")}, got ${describe(channel)}`);
    }
    if (source !== undefined && typeof source !== "string")
      throw bad(index, "source", `expected a string, got ${describe(source)}`);
    if (medium !== undefined && typeof medium !== "string")
      throw bad(index, "medium", `expected a string, got ${describe(medium)}`);
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) {
      throw bad(index, "value", `expected a finite number, got ${describe(value)}`);
    }
    if (properties !== undefined && !isPlainRecord(properties)) {
      throw bad(index, "properties", `expected a plain object, got ${describe(properties)}`);
    }

    if (index === this.#capacity) this.#growTo(this.#capacity * 2);
    this.#customer[index] = intern(this.#customerIndex, this.#customerIds, customerId);
    this.#timestamp[index] = timestamp;
    this.#name[index] = intern(this.#nameIndex, this.#names, name);
    if (sessionId !== undefined) {
      this.#sessionKey ??= new Uint32Array(this.#capacity).fill(NO_SESSION);
      this.#sessionKey[index] = intern(this.#sessionKeyIndex, this.#sessionKeyNames, sessionId);
    } else if (this.#sessionKey) {
      this.#sessionKey[index] = NO_SESSION;
    }
    if (channel !== undefined) {
      this.#channel ??= new Uint8Array(this.#capacity);
      this.#channel[index] = channelCode.get(channel) ?? 0;
    }
    if (source !== undefined) {
      this.#source ??= new Uint32Array(this.#capacity);
      this.#source[index] = intern(this.#stringIndex, this.#strings, source);
    }
    if (medium !== undefined) {
      this.#medium ??= new Uint32Array(this.#capacity);
      this.#medium[index] = intern(this.#stringIndex, this.#strings, medium);
    }
    if (value !== undefined) {
      this.#value ??= new Float64Array(this.#capacity).fill(Number.NaN);
      this.#value[index] = value;
    }
    if (properties !== undefined) {
      this.#properties ??= new Array(index).fill(undefined);
      this.#properties[index] = properties as EventProperties;
    } else if (this.#properties) {
      this.#properties[index] = undefined;
    }
    this.#size = index + 1;
    return this;
  }

  /**
   * Sorts what was added by customer, then time (ties keep the order they were added in) and
   * returns the log. The builder should not be used afterwards.
   *
   * @example
   * ```ts
   * const log = new EventLogBuilder().add({ customerId: "c1", timestamp: 0, name: "a" }).build();
   * log.customerIds; // ["c1"]
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
      }),
    );
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
    if (this.#value) {
      const old = this.#value.length;
      this.#value = grow(this.#value, capacity);
      this.#value.fill(Number.NaN, old);
    }
  }
}

/** Made only when an event is bad, so that checking good events allocates nothing. */
function bad(index: number, field: string, problem: string): InvalidEventError {
  return new InvalidEventError({ index, field, problem });
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number") return String(value);
  return value === null ? "null" : typeof value;
}
