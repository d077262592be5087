/**
 * What a walker finds for one unit (a customer or a session): the steps it reached, and the
 * times of the one attempt chosen to describe it (NaN where that attempt has no time).
 */
export class UnitOutcome {
  /** Bit k set when the unit reached step k. */
  reached = 0;
  readonly fromPrevious: Float64Array;
  readonly fromStart: Float64Array;
  /** Log index of the chosen attempt's first event, and of its furthest step's event (-1: none). */
  firstEvent = -1;
  lastEvent = -1;

  constructor(stepCount: number) {
    this.fromPrevious = new Float64Array(stepCount);
    this.fromStart = new Float64Array(stepCount);
  }

  reset(): void {
    this.reached = 0;
    this.fromPrevious.fill(Number.NaN);
    this.fromStart.fill(Number.NaN);
    this.firstEvent = -1;
    this.lastEvent = -1;
  }
}

/**
 * The links of attempts' chains: each entry is one step done at one event, pointing at the entry
 * of the step done before it. Reused from unit to unit; grows as needed.
 */
export class ChainPool {
  size = 0;
  time = new Float64Array(256);
  parent = new Int32Array(256);
  step = new Uint8Array(256);
  event = new Uint32Array(256);

  add(time: number, parent: number, step: number, event: number): number {
    if (this.size === this.time.length) this.#grow();
    const id = this.size;
    this.time[id] = time;
    this.parent[id] = parent;
    this.step[id] = step;
    this.event[id] = event;
    this.size = id + 1;
    return id;
  }

  /** Writes the chain ending at `entry` into `out`: per step, time from the previous link and from the first. */
  writeChain(entry: number, out: UnitOutcome): void {
    out.lastEvent = this.event[entry] as number;
    let root = entry;
    while ((this.parent[root] as number) >= 0) root = this.parent[root] as number;
    const start = this.time[root] as number;
    out.firstEvent = this.event[root] as number;
    for (let link = entry; link >= 0; link = this.parent[link] as number) {
      const step = this.step[link] as number;
      const parent = this.parent[link] as number;
      out.fromStart[step] = (this.time[link] as number) - start;
      if (parent >= 0) out.fromPrevious[step] = (this.time[link] as number) - (this.time[parent] as number);
    }
  }

  #grow(): void {
    const capacity = this.time.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array | Uint32Array>(column: T): T => {
      const larger = new (column.constructor as new (length: number) => T)(capacity);
      larger.set(column);
      return larger;
    };
    this.time = grow(this.time);
    this.parent = grow(this.parent);
    this.step = grow(this.step);
    this.event = grow(this.event);
  }
}

/** The walkers' common shape: find the outcome of the unit whose events are positions from..to. */
export interface UnitWalker {
  /** `order` maps positions to log indexes (sessions); undefined means positions are log indexes. */
  walk(order: Uint32Array | undefined, from: number, to: number, out: UnitOutcome): void;
}
