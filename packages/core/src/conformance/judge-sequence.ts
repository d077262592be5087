import type { DeviationKind } from "./conformance-options";

/** The deviation kinds as bits, in the order results list them. */
export const DEVIATION_KINDS: readonly DeviationKind[] = ["skip", "backtrack", "late-entry", "unrecognised"];
export const SKIP = 1;
export const BACKTRACK = 2;
export const LATE_ENTRY = 4;
export const UNRECOGNISED_EVENTS = 8;

/** What `judgeSequence` needs to know about the journey, per stage rank. */
export interface SequenceRules {
  /** Per rank, 1 when the stage must not be skipped (observable and not optional). */
  readonly required: Uint8Array;
  /** Whether customers must enter at the first required stage. */
  readonly entryAtFirst: boolean;
}

/** What `judgeSequence` reports back through callbacks, so the caller keeps the counters. */
export interface SequenceVisitor {
  skipped(rank: number): void;
  backtrack(from: number, to: number): void;
}

/**
 * Judges one customer's stage sequence (ranks, repeats collapsed, non-empty) and returns its
 * deviations as bits. `visited` marks, per rank, the customer tag of the last customer who
 * visited it, so that it need not be cleared between customers.
 *
 * - backtrack: a move to a lower rank;
 * - skip: a required stage between the entry stage and the furthest stage never visited;
 * - late entry (entry at first): a required stage before the entry stage; those never visited
 *   also count as skipped.
 */
export function judgeSequence(
  sequence: readonly number[],
  tag: number,
  visited: Uint32Array,
  rules: SequenceRules,
  visitor: SequenceVisitor,
): number {
  let kinds = 0;
  const entry = sequence[0] as number;
  let furthest = entry;
  sequence.forEach((rank, i) => {
    visited[rank] = tag;
    if (rank > furthest) furthest = rank;
    const previous = sequence[i - 1];
    if (previous !== undefined && rank < previous) {
      kinds |= BACKTRACK;
      visitor.backtrack(previous, rank);
    }
  });
  const lowest = rules.entryAtFirst ? 0 : entry;
  for (let rank = lowest; rank <= furthest; rank += 1) {
    if (rules.required[rank] !== 1) continue;
    if (rank < entry) kinds |= LATE_ENTRY;
    if (visited[rank] !== tag) {
      if (rank > entry) kinds |= SKIP;
      visitor.skipped(rank);
    }
  }
  return kinds;
}
