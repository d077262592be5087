import type { EventLog } from "../event-log/event-log";
import type { CompiledFunnel } from "./compile-funnel";
import { UnitWalker } from "./unit-walker";

/**
 * `order: "ordered"` in one pass over a unit's events. For each step it keeps the ends of the
 * chains that reached it so far, pruned to the useful ones: a chain that started later and ended
 * later is at least as good for every future event (later start: more window left; later end:
 * more `within` left), so each step's stack holds ends in rising order and starts in falling
 * order. An event extending step k takes, among the chains of its possible predecessors that still
 * satisfy `within`, the one with the latest start. Without any `within`, a stack holds one chain.
 *
 * For every step the first chain to reach it is remembered: the unit is described by the first
 * chain that reached its furthest step.
 *
 * The stacks live in flat typed arrays (`capacity` slots per step) so the hot loop allocates
 * nothing and reads no objects.
 */
export class OrderedWalker extends UnitWalker {
  readonly #conditional: boolean;
  #capacity: number;
  #start: Float64Array;
  #end: Float64Array;
  #entry: Int32Array;
  readonly #depth: Int32Array;
  readonly #firstReach: Int32Array;
  readonly #candidateStart: Float64Array;
  readonly #candidateParent: Int32Array;

  constructor(log: EventLog, plan: CompiledFunnel) {
    const steps = plan.stepCount;
    super(log, plan);
    this.#conditional = plan.matchers.needsCheck.includes(1);
    this.#capacity = plan.hasWithin ? 8 : 1;
    this.#start = new Float64Array(steps * this.#capacity);
    this.#end = new Float64Array(steps * this.#capacity);
    this.#entry = new Int32Array(steps * this.#capacity);
    this.#depth = new Int32Array(steps);
    this.#firstReach = new Int32Array(steps);
    this.#candidateStart = new Float64Array(steps);
    this.#candidateParent = new Int32Array(steps);
  }

  walk(order: Uint32Array | undefined, from: number, to: number): void {
    const plan = this.plan;
    const { matchers, exclusions, exclusionFrom, exclusionTo, previousRequired, within, hasWithin, window } =
      plan;
    const { nameMask } = matchers;
    const conditional = this.#conditional;
    const entryFirst = plan.entry === "first";
    const names = this.names;
    const timestamp = this.timestamp;
    const depth = this.#depth;
    const firstReach = this.#firstReach;
    const candidateStart = this.#candidateStart;
    const candidateParent = this.#candidateParent;
    const pool = this.pool;
    // Small arrays: a plain loop beats a call to fill() when it runs once per customer.
    for (let k = 0; k < depth.length; k += 1) {
      depth[k] = 0;
      firstReach[k] = -1;
    }
    pool.size = 0;
    let reached = 0;
    let entered = false;

    for (let position = from; position < to; position += 1) {
      const index = order === undefined ? position : (order[position] as number);
      const name = names[index] as number;
      const mask =
        conditional && matchers.needsCheck[name] === 1 ? matchers.mask(index) : (nameMask[name] as number);
      if (mask === 0 && exclusions === undefined) continue;
      const excluded = exclusions === undefined ? 0 : exclusions.mask(index);
      if (mask === 0 && excluded === 0) continue;
      const time = timestamp[index] as number;
      const capacity = this.#capacity;
      const start = this.#start;
      const end = this.#end;
      const entry = this.#entry;

      if (mask === 1 && excluded === 0) {
        // The most common case by far (repeated entry events): only a new chain at step 1.
        if (entryFirst && entered) continue;
        entered = true;
        // Without within, step 1's stack holds one chain: a later start replaces it, a tie keeps it.
        if (!hasWithin && (depth[0] as number) > 0) {
          if ((start[0] as number) < time) {
            start[0] = time;
            end[0] = time;
            entry[0] = -(index + 2);
          }
          continue;
        }
        if (this.#startChain(time, index, firstReach[0] === -1)) reached |= 1;
        continue;
      }

      // Read every extension before changing anything: an event is never two steps of one chain.
      let candidates = 0;
      // Steps 2..n that this event matches, highest first.
      for (let later = mask & ~1; later !== 0; later &= ~(1 << (31 - Math.clz32(later)))) {
        const k = 31 - Math.clz32(later);
        const allowed = within[k] as number;
        let bestStart = Number.NEGATIVE_INFINITY;
        let bestEntry = -1;
        for (let j = k - 1; j >= (previousRequired[k] as number); j -= 1) {
          const base = j * capacity;
          let top = depth[j] as number;
          // Chains that started before the window are dead for good: times only grow.
          while (top > 0 && time - (start[base + top - 1] as number) > window) top -= 1;
          depth[j] = top;
          if (top === 0) continue;
          const found = hasWithin ? firstEndWithin(end, base, top, time, allowed) : 0;
          if (found < 0) continue;
          if ((start[base + found] as number) > bestStart) {
            bestStart = start[base + found] as number;
            bestEntry = this.#link(base + found);
          }
        }
        if (bestEntry >= 0) {
          candidates |= 1 << k;
          candidateStart[k] = bestStart;
          candidateParent[k] = bestEntry;
        }
      }
      const startsChain = (mask & 1) === 1 && !(entryFirst && entered);
      if (startsChain) entered = true;

      if (excluded !== 0) {
        // Chains that did step `from` before this event can no longer go on to step `to`.
        for (let x = 0; x < exclusionFrom.length; x += 1) {
          if ((excluded & (1 << x)) === 0) continue;
          for (let j = exclusionFrom[x] as number; j < (exclusionTo[x] as number); j += 1) depth[j] = 0;
        }
      }

      if (startsChain && this.#startChain(time, index, firstReach[0] === -1)) reached |= 1;
      for (; candidates !== 0; candidates &= candidates - 1) {
        const k = 31 - Math.clz32(candidates & -candidates);
        const chainStart = candidateStart[k] as number;
        const base = k * capacity;
        let top = depth[k] as number;
        // Drop the chains this one beats (no later start); keep equal starts, so a later
        // extension still prefers the first instance of a step.
        while (top > 0 && (start[base + top - 1] as number) < chainStart) top -= 1;
        depth[k] = top;
        const useful = hasWithin || top === 0;
        if (!useful && (firstReach[k] as number) >= 0) continue;
        const link = pool.add(time, chainStart, candidateParent[k] as number, k, index);
        if (useful) {
          if (top === capacity) this.#grow();
          const slot = k * this.#capacity + top;
          this.#start[slot] = chainStart;
          this.#end[slot] = time;
          this.#entry[slot] = link;
          depth[k] = top + 1;
        }
        if ((firstReach[k] as number) < 0) {
          firstReach[k] = link;
          reached |= 1 << k;
        }
      }
    }

    this.reached = reached;
    this.chain = reached === 0 ? -1 : (firstReach[31 - Math.clz32(reached)] as number);
  }

  /**
   * Puts a new chain on step 1's stack. Its link is made lazily (`entry` holds `-(event + 2)`
   * until a later step extends it): most entry events start chains nothing extends. Returns
   * whether step 1 was reached for the first time.
   */
  #startChain(time: number, event: number, first: boolean): boolean {
    let top = this.#depth[0] as number;
    // Earlier starts are beaten; a chain with the same start (a tie) is kept, as the first instance.
    while (top > 0 && (this.#start[top - 1] as number) < time) top -= 1;
    if (top > 0 && !this.plan.hasWithin) {
      this.#depth[0] = top;
      return false;
    }
    if (top === this.#capacity) this.#grow();
    this.#start[top] = time;
    this.#end[top] = time;
    this.#entry[top] = -(event + 2);
    this.#depth[0] = top + 1;
    if (!first) return false;
    this.#firstReach[0] = this.#link(top);
    return true;
  }

  /** The pool link of the chain in stack slot `slot`, made now if it was lazy (step 1 only). */
  #link(slot: number): number {
    const entry = this.#entry[slot] as number;
    if (entry >= 0) return entry;
    const time = this.#start[slot] as number;
    const link = this.pool.add(time, time, -1, 0, -entry - 2);
    this.#entry[slot] = link;
    return link;
  }

  /** Doubles every step's stack (only with `within`, where stacks can grow). */
  #grow(): void {
    const steps = this.plan.stepCount;
    const old = this.#capacity;
    const capacity = old * 2;
    const move = <T extends Float64Array | Int32Array>(column: T): T => {
      const larger = new (column.constructor as new (length: number) => T)(steps * capacity);
      for (let k = 0; k < steps; k += 1) larger.set(column.subarray(k * old, (k + 1) * old), k * capacity);
      return larger;
    };
    this.#start = move(this.#start);
    this.#end = move(this.#end);
    this.#entry = move(this.#entry);
    this.#capacity = capacity;
  }
}

/**
 * The first chain of the stack at `base` (`top` deep) that ended at most `allowed` ms before
 * `time` (ends rise), as an offset from `base`, or -1. Differences are compared as the semantics
 * state them (`time - end <= allowed`), not rearranged, so rounding cannot move an edge.
 */
function firstEndWithin(end: Float64Array, base: number, top: number, time: number, allowed: number): number {
  let low = 0;
  let high = top;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (time - (end[base + middle] as number) > allowed) low = middle + 1;
    else high = middle;
  }
  return low < top ? low : -1;
}
