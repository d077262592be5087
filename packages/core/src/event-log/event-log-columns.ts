/**
 * Events already split into columns, for {@link EventLog.fromColumns}: per event, an index into
 * `customerIds`, a timestamp and an index into `names`, optionally an index into `sessionIds`
 * (`0xFFFFFFFF` for none; a session id is scoped to its customer) and sequence entries (one column
 * per entry, `NaN` for none).
 *
 * @example
 * ```ts
 * const columns: EventLogColumns = {
 *   customer: Uint32Array.of(0, 1, 0),
 *   customerIds: ["ann", "bob"],
 *   timestamp: Float64Array.of(1, 2, 3),
 *   name: Uint16Array.of(0, 0, 1),
 *   names: ["view_item", "purchase"],
 * };
 * ```
 */
export interface EventLogColumns {
  /** Per event, an index into `customerIds`. */
  readonly customer: Uint32Array;
  /** The customer ids; each must be a non-empty string. */
  readonly customerIds: readonly string[];
  /** Per event, milliseconds since the epoch (finite). */
  readonly timestamp: Float64Array;
  /** Per event, an index into `names`. */
  readonly name: Uint16Array | Uint32Array;
  /** The event names; each must be a non-empty string. */
  readonly names: readonly string[];
  /** Per event, an index into `sessionIds`, or `0xFFFFFFFF` for no session. */
  readonly session?: Uint32Array;
  /** The session ids that `session` points into. */
  readonly sessionIds?: readonly string[];
  /**
   * Sequence entry k of each event in column k (1 to `MAX_SEQUENCE_LENGTH` columns), `NaN` for
   * none; an event's entries stop at its first `NaN`.
   */
  readonly sequence?: readonly Float64Array[];
}
