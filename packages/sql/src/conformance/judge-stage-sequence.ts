import type { DeviationKind } from "@journeykit/core";

/** The deviation kinds in the order results list them. */
export const DEVIATION_KINDS: readonly DeviationKind[] = ["skip", "backtrack", "late-entry", "unrecognised"];

/** What one stage sequence shows, by `conformance`'s rules. */
export interface SequenceJudgement {
  readonly kinds: ReadonlySet<DeviationKind>;
  /** Moves to a lower rank, as `from * stageCount + to`, once per occurrence. */
  readonly backtracks: readonly number[];
  /** Required ranks the sequence skipped (or, entering late, never visited before its entry). */
  readonly skipped: readonly number[];
  readonly visited: ReadonlySet<number>;
}

/**
 * Judges one customer's stage sequence (ranks, repeats collapsed, not empty) as `conformance`
 * does: a backtrack is a move to a lower rank; a skip is a required rank between the entry and
 * the furthest rank never visited; with `entryAtFirst`, a required rank before the entry is a late
 * entry (and, never visited, also skipped).
 */
export function judgeStageSequence(
  sequence: readonly number[],
  required: readonly boolean[],
  entryAtFirst: boolean,
): SequenceJudgement {
  const kinds = new Set<DeviationKind>();
  const backtracks: number[] = [];
  const entry = sequence[0] as number;
  const furthest = Math.max(...sequence);
  const visited = new Set(sequence);
  sequence.forEach((rank, i) => {
    const previous = sequence[i - 1];
    if (previous !== undefined && rank < previous) {
      kinds.add("backtrack");
      backtracks.push(previous * required.length + rank);
    }
  });
  const skipped: number[] = [];
  for (let rank = entryAtFirst ? 0 : entry; rank <= furthest; rank += 1) {
    if (!required[rank]) continue;
    if (rank < entry) kinds.add("late-entry");
    if (!visited.has(rank)) {
      if (rank > entry) kinds.add("skip");
      skipped.push(rank);
    }
  }
  return { kinds, backtracks, skipped, visited };
}

/**
 * The ranks a customer passes through, from their events' sets of candidate stages (as bits) by
 * `ambiguousStage: "nearest"`: stay in the current stage if it is a candidate, else the earliest
 * candidate after it, else the latest before it; repeats collapsed.
 */
export function nearestStages(stageSets: readonly number[]): number[] {
  const ranks: number[] = [];
  let current = -1;
  for (const set of stageSets) {
    const candidates: number[] = [];
    for (let rank = 0; 2 ** rank <= set; rank += 1)
      if (Math.floor(set / 2 ** rank) % 2 === 1) candidates.push(rank);
    if (candidates.includes(current)) continue;
    const after = candidates.find((rank) => rank > current);
    current = after ?? (candidates.filter((rank) => rank < current).pop() as number);
    ranks.push(current);
  }
  return ranks;
}
