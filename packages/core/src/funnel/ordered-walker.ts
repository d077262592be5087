import type { EventLog } from "../event-log/event-log";
import type { FunnelPlan } from "./compile-funnel";
import { maskOf } from "./mask-of";
import { ChainPool, type UnitOutcome, type UnitWalker } from "./unit-outcome";

/** A growable stack of chain ends for one step: start time, end time and chain entry of each. */
class ChainEnds {
  length = 0;
  start = new Float64Array(8);
  end = new Float64Array(8);
  entry = new Int32Array(8);

  push(start: number, end: number, entry: number): void {
    if (this.length === this.start.length) {
      const grow = <T extends Float64Array | Int32Array>(column: T): T => {
        const larger = new (column.constructor as new (length: number) => T)(column.length * 2);
        larger.set(column);
        return larger;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.entry = grow(this.entry);
    }
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.entry[this.length] = entry;
    this.length += 1;
  }
}

/**
 * `order: "ordered"` in one pass over a unit's events. For each step it keeps the ends of the
 * chains that reached it so far, pruned to the useful ones: a chain that started later and ended
 * later is at least as good for every future event (later start: more window left; later end:
 * more `within` left), so each stack holds ends in rising order and starts in falling order. An
 * event extending step k takes, among the chains of its possible predecessors that still satisfy
 * `within`, the one with the latest start. Without any `within`, each stack holds one chain.
 *
 * For every step the first chain to reach it is remembered: the outcome's times come from the
 * first chain that reached the unit's furthest step.
 */
export class OrderedWalker implements UnitWalker {
  readonly #plan: FunnelPlan;
  readonly #names: Uint16Array | Uint32Array;
  readonly #timestamp: Float64Array;
  readonly #ends: ChainEnds[];
  readonly #firstReach: Int32Array;
  readonly #candidateStart: Float64Array;
  readonly #candidateParent: Int32Array;
  readonly #pool = new ChainPool();

  constructor(log: EventLog, plan: FunnelPlan) {
    this.#plan = plan;
    this.#names = log.name;
    this.#timestamp = log.timestamp;
    this.#ends = Array.from({ length: plan.stepCount }, () => new ChainEnds());
    this.#firstReach = new Int32Array(plan.stepCount);
    this.#candidateStart = new Float64Array(plan.stepCount);
    this.#candidateParent = new Int32Array(plan.stepCount);
  }

  walk(order: Uint32Array | undefined, from: number, to: number, out: UnitOutcome): void {
    const { stepCount, matchers, exclusions, previousRequired, within, hasWithin, window } = this.#plan;
    const entryFirst = this.#plan.entry === "first";
    const names = this.#names;
    const timestamp = this.#timestamp;
    const ends = this.#ends;
    const firstReach = this.#firstReach;
    const candidateStart = this.#candidateStart;
    const candidateParent = this.#candidateParent;
    const pool = this.#pool;
    for (const stack of ends) stack.length = 0;
    firstReach.fill(-1);
    pool.size = 0;
    let reached = 0;
    let entered = false;

    for (let position = from; position < to; position += 1) {
      const index = order === undefined ? position : (order[position] as number);
      const mask = maskOf(matchers, names, index);
      const excluded = exclusions === undefined ? 0 : maskOf(exclusions, names, index);
      if (mask === 0 && excluded === 0) continue;
      const time = timestamp[index] as number;

      // Read every extension before changing anything: an event is never two steps of one chain.
      let candidates = 0;
      for (let k = stepCount - 1; k >= 1; k -= 1) {
        if ((mask & (1 << k)) === 0) continue;
        let bestStart = Number.NEGATIVE_INFINITY;
        let bestEntry = -1;
        const allowed = within[k] as number;
        for (let j = k - 1; j >= (previousRequired[k] as number); j -= 1) {
          const stack = ends[j] as ChainEnds;
          // Chains that started before the window are dead for good: times only grow.
          while (stack.length > 0 && time - (stack.start[stack.length - 1] as number) > window)
            stack.length -= 1;
          if (stack.length === 0) continue;
          const found = hasWithin ? firstEndWithin(stack, time, allowed) : 0;
          if (found < 0) continue;
          const start = stack.start[found] as number;
          if (start > bestStart) {
            bestStart = start;
            bestEntry = stack.entry[found] as number;
          }
        }
        if (bestEntry >= 0) {
          candidates |= 1 << k;
          candidateStart[k] = bestStart;
          candidateParent[k] = bestEntry;
        }
      }
      if ((mask & 1) === 1 && !(entryFirst && entered)) {
        entered = true;
        candidates |= 1;
        candidateStart[0] = time;
        candidateParent[0] = -1;
      }

      if (excluded !== 0) {
        // Chains that did step `from` before this event can no longer go on to step `to`.
        for (let x = 0; x < this.#plan.exclusionFrom.length; x += 1) {
          if ((excluded & (1 << x)) === 0) continue;
          for (
            let j = this.#plan.exclusionFrom[x] as number;
            j < (this.#plan.exclusionTo[x] as number);
            j += 1
          ) {
            (ends[j] as ChainEnds).length = 0;
          }
        }
      }

      for (let k = 0; candidates !== 0; k += 1, candidates >>>= 1) {
        if ((candidates & 1) === 0) continue;
        const start = candidateStart[k] as number;
        const stack = ends[k] as ChainEnds;
        // Drop the chains this one beats (no later start); keep equal starts, so a later
        // extension still prefers the first instance of a step.
        while (stack.length > 0 && (stack.start[stack.length - 1] as number) < start) stack.length -= 1;
        const useful = hasWithin || stack.length === 0;
        if (!useful && (firstReach[k] as number) >= 0) continue;
        const entry = pool.add(time, candidateParent[k] as number, k, index);
        if (useful) stack.push(start, time, entry);
        if ((firstReach[k] as number) < 0) {
          firstReach[k] = entry;
          reached |= 1 << k;
        }
      }
    }

    out.reset();
    out.reached = reached;
    if (reached !== 0) pool.writeChain(firstReach[31 - Math.clz32(reached)] as number, out);
  }
}

/**
 * The first chain in the stack that ended at most `allowed` ms before `time` (ends rise), or -1.
 * Differences are compared as the semantics state them (`time - end <= allowed`), not rearranged,
 * so floating-point rounding cannot move an edge.
 */
function firstEndWithin(stack: ChainEnds, time: number, allowed: number): number {
  let low = 0;
  let high = stack.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (time - (stack.end[middle] as number) > allowed) low = middle + 1;
    else high = middle;
  }
  return low < stack.length ? low : -1;
}
