/**
 * The links of attempts' chains: each entry is one step done at one event, pointing at the entry
 * of the step done before it (-1 for step 1), with the time its chain started (so times from
 * step 1 need no walk to the root). Reused from unit to unit (`size = 0`); grows.
 */
export class ChainPool {
  size = 0;
  time = new Float64Array(256);
  start = new Float64Array(256);
  parent = new Int32Array(256);
  step = new Uint8Array(256);
  event = new Uint32Array(256);

  add(time: number, start: number, parent: number, step: number, event: number): number {
    if (this.size === this.time.length) this.#grow();
    const id = this.size;
    this.time[id] = time;
    this.start[id] = start;
    this.parent[id] = parent;
    this.step[id] = step;
    this.event[id] = event;
    this.size = id + 1;
    return id;
  }

  /** The first link of the chain ending at `entry`: its step-1 entry. */
  root(entry: number): number {
    let link = entry;
    while ((this.parent[link] as number) >= 0) link = this.parent[link] as number;
    return link;
  }

  #grow(): void {
    const capacity = this.time.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array | Uint32Array>(column: T): T => {
      const larger = new (column.constructor as new (length: number) => T)(capacity);
      larger.set(column);
      return larger;
    };
    this.time = grow(this.time);
    this.start = grow(this.start);
    this.parent = grow(this.parent);
    this.step = grow(this.step);
    this.event = grow(this.event);
  }
}
