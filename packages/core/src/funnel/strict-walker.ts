import type { EventLog } from "../event-log/event-log";
import type { CompiledFunnel } from "./compile-funnel";
import { maskOf } from "./mask-of";
import { UnitWalker } from "./unit-walker";

/**
 * `order: "strict"` in one pass: each step of a chain must be the unit's very next event after
 * the previous step done (a skipped optional step leaves no gap). Only chains ending at the
 * previous event can grow, so per step one chain is kept: the one with the latest start (ties:
 * the nearer predecessor, so a chain through an optional step is preferred).
 */
export class StrictWalker extends UnitWalker {
  /** Per step, the chain ending at the previous event (entry -1: none). */
  #previousStart: Float64Array;
  #previousEntry: Int32Array;
  #currentStart: Float64Array;
  #currentEntry: Int32Array;
  readonly #firstReach: Int32Array;

  constructor(log: EventLog, plan: CompiledFunnel) {
    super(log, plan);
    this.#previousStart = new Float64Array(plan.stepCount);
    this.#previousEntry = new Int32Array(plan.stepCount);
    this.#currentStart = new Float64Array(plan.stepCount);
    this.#currentEntry = new Int32Array(plan.stepCount);
    this.#firstReach = new Int32Array(plan.stepCount);
  }

  walk(order: Uint32Array | undefined, from: number, to: number): void {
    const { stepCount, matchers, previousRequired, within, window } = this.plan;
    const entryFirst = this.plan.entry === "first";
    const names = this.names;
    const timestamp = this.timestamp;
    const pool = this.pool;
    const firstReach = this.#firstReach;
    firstReach.fill(-1);
    this.#previousEntry.fill(-1);
    pool.size = 0;
    let reached = 0;
    let entered = false;
    let previousTime = Number.NaN;
    let previousLive = false;

    for (let position = from; position < to; position += 1) {
      const index = order === undefined ? position : (order[position] as number);
      const mask = maskOf(matchers, names, index);
      const time = timestamp[index] as number;
      if (mask === 0) {
        // Any other event breaks every chain.
        if (previousLive) this.#previousEntry.fill(-1);
        previousLive = false;
        previousTime = time;
        continue;
      }
      const previousStart = this.#previousStart;
      const previousEntry = this.#previousEntry;
      const currentStart = this.#currentStart;
      const currentEntry = this.#currentEntry;
      currentEntry.fill(-1);
      let live = false;
      for (let k = stepCount - 1; k >= 1; k -= 1) {
        if ((mask & (1 << k)) === 0 || !previousLive || time - previousTime > (within[k] as number)) continue;
        let bestStart = Number.NEGATIVE_INFINITY;
        for (let j = k - 1; j >= (previousRequired[k] as number); j -= 1) {
          const entry = previousEntry[j] as number;
          const start = previousStart[j] as number;
          if (entry >= 0 && start > bestStart && time - start <= window) {
            bestStart = start;
            currentStart[k] = start;
            currentEntry[k] = entry;
          }
        }
      }
      if ((mask & 1) === 1 && !(entryFirst && entered)) {
        entered = true;
        currentStart[0] = time;
        currentEntry[0] = -2;
      }
      for (let k = 0; k < stepCount; k += 1) {
        const parent = currentEntry[k] as number;
        if (parent === -1) continue;
        const entry = pool.add(time, currentStart[k] as number, parent === -2 ? -1 : parent, k, index);
        currentEntry[k] = entry;
        live = true;
        if ((firstReach[k] as number) < 0) {
          firstReach[k] = entry;
          reached |= 1 << k;
        }
      }
      this.#previousStart = currentStart;
      this.#previousEntry = currentEntry;
      this.#currentStart = previousStart;
      this.#currentEntry = previousEntry;
      previousLive = live;
      previousTime = time;
    }

    this.reached = reached;
    this.chain = reached === 0 ? -1 : (firstReach[31 - Math.clz32(reached)] as number);
  }
}
