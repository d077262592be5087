import type { PropertyValue } from "../model/event-matcher";

/** Sentinel in the session column for an event without a session. */
export const NO_SESSION = 0xffff_ffff;

/**
 * The properties of one event as stored: a plain read-only record.
 *
 * @example
 * ```ts
 * const properties: EventProperties | undefined = log.properties(0);
 * properties?.["currency"]; // "NOK"
 * ```
 */
export type EventProperties = Readonly<Record<string, PropertyValue>>;

/** Everything an EventLog holds; built by EventLogBuilder or fromColumns, never by users. */
export interface EventLogData {
  readonly size: number;
  readonly customerIds: readonly string[];
  readonly customer: Uint32Array;
  readonly customerStart: Uint32Array;
  readonly timestamp: Float64Array;
  readonly name: Uint16Array | Uint32Array;
  readonly names: readonly string[];
  readonly session: Uint32Array;
  readonly sessionIds: readonly string[];
  readonly sessionCustomer: Uint32Array;
  /** 0 = none, k + 1 = CHANNELS[k]. */
  readonly channel: Uint8Array | undefined;
  /** Index into `strings`; 0 = none. */
  readonly source: Uint32Array | undefined;
  readonly medium: Uint32Array | undefined;
  readonly strings: readonly string[];
  /** NaN = none. */
  readonly value: Float64Array | undefined;
  readonly properties: readonly (EventProperties | undefined)[] | undefined;
  /** Sequence entry k of each event in column k (none to MAX_SEQUENCE_LENGTH columns); NaN = none. */
  readonly sequence: readonly Float64Array[];
}
