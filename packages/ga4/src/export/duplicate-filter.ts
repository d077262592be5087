/**
 * Remembers the rows seen so far by a 64-bit hash of their UTF-8 bytes, their length and their
 * timestamp, in flat typed arrays (20 bytes a slot), so that exact duplicate rows can be dropped
 * from an export of any size in memory proportional to the number of distinct rows, not their
 * size. Two different rows are taken for duplicates only if they share the timestamp, the length
 * and both 32-bit hashes. The bytes are hashed sixteen at a time (four words), in place.
 */
export class DuplicateFilter {
  #capacity = 1 << 12;
  #size = 0;
  #hashA = new Int32Array(this.#capacity);
  #hashB = new Int32Array(this.#capacity);
  #length = new Uint32Array(this.#capacity); // 0 marks an empty slot; rows are never empty
  #timestamp = new Float64Array(this.#capacity);
  #view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  /** The hashes of the row {@link DuplicateFilter.seen} looked at last (with its length, its key). */
  lastHashA = 0;
  lastHashB = 0;

  /**
   * Records the row held in `bytes` from `start` to `end`; returns true when an identical row was
   * recorded before.
   */
  seen(bytes: Uint8Array, start: number, end: number, timestamp: number): boolean {
    if (this.#view.buffer !== bytes.buffer) this.#view = new DataView(bytes.buffer);
    const view = this.#view;
    const length = end - start;
    // Each hash runs four accumulators over interleaved words, so that the multiplications of
    // neighbouring words need not wait for each other; they are folded in a fixed order (no two
    // rows that only swap words between accumulators fold alike), then over the last bytes.
    let a0 = 0x811c9dc5 ^ length;
    let a1 = 0x3c6ef372;
    let a2 = 0x1b873593;
    let a3 = 0x68e31da4;
    let b0 = 0x2545f491;
    let b1 = 0x7f4a7c15;
    let b2 = 0x5bd1e995;
    let b3 = 0x27d4eb2f;
    let position = start + bytes.byteOffset;
    const last = end + bytes.byteOffset;
    for (; position + 16 <= last; position += 16) {
      const w0 = view.getInt32(position, true);
      const w1 = view.getInt32(position + 4, true);
      const w2 = view.getInt32(position + 8, true);
      const w3 = view.getInt32(position + 12, true);
      a0 = Math.imul(a0 ^ w0, 0x9e3779b1);
      a0 = (a0 << 13) | (a0 >>> 19);
      b0 = Math.imul(b0 + w0, 0x85ebca77);
      b0 ^= b0 >>> 15;
      a1 = Math.imul(a1 ^ w1, 0x9e3779b1);
      a1 = (a1 << 13) | (a1 >>> 19);
      b1 = Math.imul(b1 + w1, 0x85ebca77);
      b1 ^= b1 >>> 15;
      a2 = Math.imul(a2 ^ w2, 0x9e3779b1);
      a2 = (a2 << 13) | (a2 >>> 19);
      b2 = Math.imul(b2 + w2, 0x85ebca77);
      b2 ^= b2 >>> 15;
      a3 = Math.imul(a3 ^ w3, 0x9e3779b1);
      a3 = (a3 << 13) | (a3 >>> 19);
      b3 = Math.imul(b3 + w3, 0x85ebca77);
      b3 ^= b3 >>> 15;
    }
    let hashA = Math.imul(Math.imul(Math.imul(a0, 0x01000193) ^ a1, 0x01000193) ^ a2, 0x01000193) ^ a3;
    let hashB = Math.imul(Math.imul(Math.imul(b0, 0xc2b2ae35) + b1, 0xc2b2ae35) + b2, 0xc2b2ae35) + b3;
    for (; position < last; position += 1) {
      const byte = view.getUint8(position);
      hashA = Math.imul(hashA ^ byte, 0x01000193);
      hashB = Math.imul(hashB + byte, 0xc2b2ae35);
    }
    hashA = Math.imul(hashA ^ (hashA >>> 16), 0x45d9f3b);
    hashB = Math.imul(hashB ^ (hashB >>> 13), 0x27d4eb2f);
    this.lastHashA = hashA ^ (hashA >>> 16);
    this.lastHashB = hashB ^ (hashB >>> 16);
    return this.record(this.lastHashA, this.lastHashB, length, timestamp);
  }

  /**
   * Records a row by its key (the hashes {@link DuplicateFilter.seen} computed, its length and
   * timestamp), as `seen` does; returns true when that key was recorded before. Lets the keys of
   * rows read elsewhere (another thread) be checked against this filter.
   */
  record(hashA: number, hashB: number, length: number, timestamp: number): boolean {
    const mask = this.#capacity - 1;
    let slot = (hashA ^ hashB) & mask;
    for (;;) {
      const stored = this.#length[slot];
      if (stored === 0) break;
      if (
        stored === length &&
        this.#hashA[slot] === hashA &&
        this.#hashB[slot] === hashB &&
        this.#timestamp[slot] === timestamp
      ) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    this.#hashA[slot] = hashA;
    this.#hashB[slot] = hashB;
    this.#length[slot] = length;
    this.#timestamp[slot] = timestamp;
    this.#size += 1;
    if (this.#size * 2 > this.#capacity) this.#grow();
    return false;
  }

  #grow(): void {
    const hashA = this.#hashA;
    const hashB = this.#hashB;
    const lengths = this.#length;
    const timestamps = this.#timestamp;
    this.#capacity *= 2;
    this.#hashA = new Int32Array(this.#capacity);
    this.#hashB = new Int32Array(this.#capacity);
    this.#length = new Uint32Array(this.#capacity);
    this.#timestamp = new Float64Array(this.#capacity);
    const mask = this.#capacity - 1;
    for (let old = 0; old < lengths.length; old += 1) {
      const length = lengths[old] ?? 0;
      if (length === 0) continue;
      const a = hashA[old] ?? 0;
      const b = hashB[old] ?? 0;
      let slot = (a ^ b) & mask;
      while ((this.#length[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.#hashA[slot] = a;
      this.#hashB[slot] = b;
      this.#length[slot] = length;
      this.#timestamp[slot] = timestamps[old] ?? 0;
    }
  }
}
