import type { EventLog } from "../event-log/event-log";
import type { CompiledFunnel } from "./compile-funnel";
import { maskOf } from "./mask-of";
import { UnitWalker } from "./unit-walker";

/** Growable scratch columns for the unit's events that match some step. */
function grown<T extends Float64Array | Int32Array | Uint32Array>(column: T, length: number): T {
  if (column.length >= length) return column;
  return new (column.constructor as new (length: number) => T)(Math.max(length, column.length * 2));
}

/**
 * `order: "any"`: an attempt is opened by an event matching any step (`entry: "any"`: each one;
 * `"first"`: only the unit's first) and spans the events from it on, up to `window` after it.
 * It reaches step k when distinct events in that span match steps 1..k, one each, in any order.
 * Events may match several steps, so "distinct events" is a bipartite matching of steps to
 * events, grown one event at a time with augmenting paths (Kuhn's algorithm); it costs
 * O(events in window x steps) per attempt.
 *
 * An attempt's time at step k is when its span first held steps 1..k. The attempt that
 * describes the unit is the one that first (by log position) reached the unit's furthest step;
 * ties go to the later-opened attempt.
 */
export class AnyOrderWalker extends UnitWalker {
  #time = new Float64Array(64);
  #mask = new Uint32Array(64);
  #index = new Uint32Array(64);
  #owner = new Int32Array(64);
  #visited = new Uint32Array(64);
  #stamp = 0;
  readonly #reachedAt: Float64Array;
  readonly #bestReachedAt: Float64Array;
  readonly #completedAt: Int32Array;
  readonly #bestCompletedAt: Int32Array;

  constructor(log: EventLog, plan: CompiledFunnel) {
    super(log, plan);
    this.#reachedAt = new Float64Array(plan.stepCount);
    this.#bestReachedAt = new Float64Array(plan.stepCount);
    this.#completedAt = new Int32Array(plan.stepCount);
    this.#bestCompletedAt = new Int32Array(plan.stepCount);
  }

  walk(order: Uint32Array | undefined, from: number, to: number): void {
    const { stepCount, matchers, window } = this.plan;
    this.#time = grown(this.#time, to - from);
    this.#mask = grown(this.#mask, to - from);
    this.#index = grown(this.#index, to - from);
    this.#owner = grown(this.#owner, to - from);
    this.#visited = grown(this.#visited, to - from);
    if (this.#stamp > 0x7fff_ffff) {
      this.#visited.fill(0);
      this.#stamp = 0;
    }
    const time = this.#time;
    const mask = this.#mask;
    const eventIndex = this.#index;
    let count = 0;
    for (let position = from; position < to; position += 1) {
      const index = order === undefined ? position : (order[position] as number);
      const bits = maskOf(matchers, this.names, index);
      if (bits === 0) continue;
      time[count] = this.timestamp[index] as number;
      mask[count] = bits;
      eventIndex[count] = index;
      count += 1;
    }

    let bestReach = 0;
    let bestCompletion = -1;
    let bestOpening = -1;
    const anchors = this.plan.entry === "first" ? Math.min(count, 1) : count;
    for (let opening = 0; opening < anchors; opening += 1) {
      // A later attempt cannot finish before it starts.
      if (bestReach === stepCount && opening > bestCompletion) break;
      let reach = 0;
      let completion = -1;
      for (
        let last = opening;
        last < count && (time[last] as number) - (time[opening] as number) <= window;
        last += 1
      ) {
        this.#owner[last] = -1;
        // Only an event matching one of steps 1..reach+1 can extend the matching.
        if (((mask[last] as number) & ((2 << reach) - 1)) === 0) continue;
        while (reach < stepCount) {
          this.#stamp += 1;
          if (!this.#augment(reach, opening, last)) break;
          this.#reachedAt[reach] = time[last] as number;
          this.#completedAt[reach] = last;
          completion = last;
          reach += 1;
        }
        if (reach === stepCount) break;
      }
      if (reach > bestReach || (reach === bestReach && reach > 0 && completion <= bestCompletion)) {
        bestReach = reach;
        bestCompletion = completion;
        bestOpening = opening;
        this.#bestReachedAt.set(this.#reachedAt);
        this.#bestCompletedAt.set(this.#completedAt);
      }
    }

    // The chosen attempt as a chain: step k at the time (and event) its span first held steps
    // 1..k; its first link is the opening event.
    const pool = this.pool;
    pool.size = 0;
    this.reached = bestReach === 32 ? -1 : (1 << bestReach) - 1;
    this.chain = -1;
    for (let k = 0; k < bestReach; k += 1) {
      const event = k === 0 ? bestOpening : (this.#bestCompletedAt[k] as number);
      this.chain = pool.add(
        this.#bestReachedAt[k] as number,
        this.#bestReachedAt[0] as number,
        this.chain,
        k,
        eventIndex[event] as number,
      );
    }
  }

  /** Tries to give `step` an event among `first..last`, moving earlier assignments if needed. */
  #augment(step: number, first: number, last: number): boolean {
    const bit = 1 << step;
    for (let event = first; event <= last; event += 1) {
      if (((this.#mask[event] as number) & bit) === 0 || this.#visited[event] === this.#stamp) continue;
      this.#visited[event] = this.#stamp;
      const owner = this.#owner[event] as number;
      if (owner < 0 || this.#augment(owner, first, last)) {
        this.#owner[event] = step;
        return true;
      }
    }
    return false;
  }
}
