import type { EventProperties } from "./event-log-data";

/**
 * Events in the order they were added, in columns with their own string tables: what an
 * {@link index!EventLogBuilder} holds before `build()`. It is made of typed arrays, strings and plain
 * records only, so it survives `structuredClone` and `postMessage`: a worker thread collects
 * events with a builder, posts `builder.toBatch()` (transferring the typed arrays' buffers), and
 * the main thread appends the batches of all its workers, in input order, with `addBatch`.
 * The log built at the end is the same as if one builder had seen every event (in any order: the
 * log's order depends on the events alone).
 *
 * Every column has at least `size` entries; the optional ones are absent when no event has
 * that field.
 *
 * @example
 * ```ts
 * const batch: EventLogBatch = {
 *   size: 2,
 *   customer: Uint32Array.of(0, 0),
 *   customerIds: ["ann"],
 *   timestamp: Float64Array.of(1_000, 2_000),
 *   name: Uint32Array.of(0, 1),
 *   names: ["view_item", "purchase"],
 * };
 * new EventLogBuilder().addBatch(batch).size; // 2
 * ```
 */
export interface EventLogBatch {
  /** How many events the batch holds. */
  readonly size: number;
  /** Per event, an index into `customerIds`. */
  readonly customer: Uint32Array;
  /** The customer ids (non-empty strings). */
  readonly customerIds: readonly string[];
  /** Per event, milliseconds since the epoch (finite). */
  readonly timestamp: Float64Array;
  /** Per event, an index into `names`. */
  readonly name: Uint32Array;
  /** The event names (non-empty strings). */
  readonly names: readonly string[];
  /** Per event, an index into `sessionIds`, or `EventLog.NO_SESSION` for none. */
  readonly session?: Uint32Array;
  /** The session ids (non-empty strings) that `session` points into. */
  readonly sessionIds?: readonly string[];
  /** Per event, an index into `strings` naming one of `CHANNELS`; 0 for none. */
  readonly channel?: Uint32Array;
  /** Per event, an index into `strings`; 0 for none. */
  readonly source?: Uint32Array;
  /** Per event, an index into `strings`; 0 for none. */
  readonly medium?: Uint32Array;
  /** The strings that `channel`, `source` and `medium` point into; `strings[0]` is `""`. */
  readonly strings?: readonly string[];
  /** Per event, the value; `NaN` for none. */
  readonly value?: Float64Array;
  /** Per event, its properties or `undefined`. */
  readonly properties?: readonly (EventProperties | undefined)[];
  /**
   * Sequence entry k of each event in column k (1 to `MAX_SEQUENCE_LENGTH` columns), `NaN` for
   * none; an event's entries stop at its first `NaN`.
   */
  readonly sequence?: readonly Float64Array[];
}
