import type { ChainPool } from "./chain-pool";
import type { FunnelCounts } from "./summarize-funnel";
import { NumberList, summarizeTimes } from "./time-summary";

/** Counts and times of the units of one group (the whole log, or one breakdown value). */
export class FunnelTally {
  readonly count: Float64Array;
  readonly fromPrevious: NumberList[];
  readonly fromStart: NumberList[];

  constructor(stepCount: number) {
    this.count = new Float64Array(stepCount);
    this.fromPrevious = Array.from({ length: stepCount }, () => new NumberList());
    this.fromStart = Array.from({ length: stepCount }, () => new NumberList());
  }

  /**
   * Adds one unit that reached the steps in `reached`, described by the chain ending at `chain`:
   * each link gives its step's time since the previous link and since the first.
   */
  addUnit(reached: number, pool: ChainPool, chain: number): void {
    if (reached === 1) {
      // Entered and went no further: no times to add.
      this.count[0] = (this.count[0] as number) + 1;
      return;
    }
    for (let bits = reached; bits !== 0; bits &= bits - 1) {
      const k = 31 - Math.clz32(bits & -bits);
      this.count[k] = (this.count[k] as number) + 1;
    }
    if (chain < 0 || (pool.parent[chain] as number) < 0) return;
    const { time, parent, step } = pool;
    const start = pool.start[chain] as number;
    for (let link = chain; (parent[link] as number) >= 0; link = parent[link] as number) {
      const k = step[link] as number;
      const at = time[link] as number;
      (this.fromPrevious[k] as NumberList).push(at - (time[parent[link] as number] as number));
      // Step 2's previous step is always step 1, so its two times are one list (see counts()).
      if (k > 1) (this.fromStart[k] as NumberList).push(at - start);
    }
  }

  /** Adds another group's counts and times. */
  merge(other: FunnelTally): void {
    for (let k = 0; k < this.count.length; k += 1) {
      this.count[k] = (this.count[k] as number) + (other.count[k] as number);
      (this.fromPrevious[k] as NumberList).append(other.fromPrevious[k] as NumberList);
      (this.fromStart[k] as NumberList).append(other.fromStart[k] as NumberList);
    }
  }

  /** The counts, with each step's times summarised, for `summarizeFunnel`. */
  counts(): FunnelCounts {
    const timeFromPrevious = this.fromPrevious.map((times, k) => (k === 0 ? null : summarizeTimes(times)));
    // Step 2 follows step 1 directly, so its time from the start is its time from the previous step.
    const timeFromStart = this.fromStart.map((times, k) =>
      k === 0 ? null : k === 1 ? (timeFromPrevious[1] ?? null) : summarizeTimes(times),
    );
    return { count: this.count, timeFromPrevious, timeFromStart };
  }
}
