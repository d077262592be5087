/**
 * The duplicate-detection keys of the rows a read kept, in the order their events were emitted:
 * two 32-bit hashes and the length of each row's bytes (the event's timestamp completes the key).
 * A thread that reads part of an export hands them over with its events, so that rows repeating
 * a row of an earlier part are found as a single-thread read would find them.
 */
export class RowKeys {
  #size = 0;
  #hashA = new Int32Array(1024);
  #hashB = new Int32Array(1024);
  #length = new Uint32Array(1024);

  /** Appends the key of one kept row. */
  push(hashA: number, hashB: number, length: number): void {
    if (this.#size === this.#length.length) this.#grow();
    this.#hashA[this.#size] = hashA;
    this.#hashB[this.#size] = hashB;
    this.#length[this.#size] = length;
    this.#size += 1;
  }

  /** The keys as trimmed columns, ready to post to another thread. */
  toColumns(): RowKeyColumns {
    const size = this.#size;
    return {
      hashA: this.#hashA.slice(0, size),
      hashB: this.#hashB.slice(0, size),
      length: this.#length.slice(0, size),
    };
  }

  #grow(): void {
    const capacity = this.#length.length * 2;
    const hashA = new Int32Array(capacity);
    const hashB = new Int32Array(capacity);
    const length = new Uint32Array(capacity);
    hashA.set(this.#hashA);
    hashB.set(this.#hashB);
    length.set(this.#length);
    this.#hashA = hashA;
    this.#hashB = hashB;
    this.#length = length;
  }
}

/** {@link RowKeys} as columns: per kept row, its two hashes and its length in bytes. */
export interface RowKeyColumns {
  readonly hashA: Int32Array;
  readonly hashB: Int32Array;
  readonly length: Uint32Array;
}
