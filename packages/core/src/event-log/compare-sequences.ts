import { MAX_SEQUENCE_LENGTH } from "../model/journey-event";

/**
 * Compares two numbers, `NaN` standing for "none": none sorts before any number. The event log's
 * columns store missing sequence entries (and values) as NaN, so the log and
 * {@link compareSequences} share this one rule.
 *
 * @internal
 */
export function compareNumbersMissingFirst(left: number, right: number): number {
  if (left === right) return 0;
  if (Number.isNaN(left)) return Number.isNaN(right) ? 0 : -1;
  if (Number.isNaN(right)) return 1;
  return left < right ? -1 : 1;
}

/**
 * Compares two events' `sequence`s the way the event log orders events on the same timestamp:
 * entry by entry, a missing entry before any number, so no sequence < `[5]` < `[5, 0]` < `[5, 1]`.
 * Readers that sort events themselves (GA4's `order: "timestamp"`) use it to agree with the log.
 *
 * @param left - A sequence, or `undefined` for none.
 * @param right - A sequence, or `undefined` for none.
 * @returns A negative number when `left` sorts first, a positive one when `right` does, 0 for a tie.
 *
 * @example
 * ```ts
 * compareSequences([1, 2, 3], [1, 2, 4]); // negative
 * compareSequences(undefined, [0]); // negative
 * compareSequences([5, 0], [5]); // positive
 * compareSequences([7], [7]); // 0
 * ```
 */
export function compareSequences(
  left: readonly number[] | undefined,
  right: readonly number[] | undefined,
): number {
  if (left === right) return 0;
  for (let k = 0; k < MAX_SEQUENCE_LENGTH; k += 1) {
    const order = compareNumbersMissingFirst(left?.[k] ?? Number.NaN, right?.[k] ?? Number.NaN);
    if (order !== 0) return order;
  }
  return 0;
}
