import type { PropertyValue } from "@journeykit/core";

/** How many slots there are (one per member position), entries a slot keeps, and bytes an entry holds. */
const SLOTS = 128;
const WAYS = 2; // remember() relies on two: it replaces the older entry
const CAPACITY = 512;
const ENTRIES = SLOTS * WAYS;

/**
 * The JSON values a scanner validated lately, two per slot (a slot is a member's position in its
 * row: export rows keep their columns in one order, and many values repeat from row to row, such
 * as `device`, `geo` and most event params). Bytes identical to a validated value are that value:
 * comparing them four at a time is several times cheaper than scanning them again. The bytes are
 * kept in one preallocated arena, so remembering a value allocates nothing.
 */
export class ValidatedBytes {
  /** The number of slots; positions past it are not remembered. */
  static readonly SLOTS = SLOTS;
  /** The longest value remembered. */
  static readonly CAPACITY = CAPACITY;

  readonly #arena = new Uint8Array(ENTRIES * CAPACITY);
  readonly #arenaView = new DataView(this.#arena.buffer);
  /** Per entry, the length of its bytes; 0 for none. */
  readonly #length = new Uint16Array(ENTRIES);
  readonly #nonAscii = new Uint8Array(ENTRIES);
  readonly #keys: string[] = new Array<string>(ENTRIES).fill("");
  readonly #values: PropertyValue[] = new Array<PropertyValue>(ENTRIES).fill(null);
  /** Per slot, how many times in a row it was looked up in vain (saturating). */
  readonly #misses = new Uint8Array(SLOTS);
  /** Per slot, which of its entries was remembered last. */
  readonly #newest = new Uint8Array(SLOTS);
  #lookups = 0;
  /** The entry that {@link ValidatedBytes.match} found last. */
  entry = 0;

  /**
   * Whether the bytes at `start` (before `limit`) in `bytes`, whose DataView is `view`, are those
   * of an entry of `slot`; if so, returns their length and sets {@link ValidatedBytes.entry}, else
   * returns 0.
   */
  match(
    bytes: Uint8Array,
    view: DataView<ArrayBufferLike>,
    start: number,
    limit: number,
    slot: number,
  ): number {
    // A slot whose value changes from row to row (a timestamp, an id) is tried only now and then.
    const misses = this.#misses[slot] as number;
    this.#lookups += 1;
    if (misses >= 8 && (this.#lookups & 63) !== 0) return 0;
    this.#misses[slot] = Math.min(misses + 1, 255);
    const arena = this.#arenaView;
    const at = start + bytes.byteOffset;
    for (let way = 0; way < WAYS; way += 1) {
      const entry = slot * WAYS + way;
      const length = this.#length[entry] as number;
      if (length === 0) continue;
      const base = entry * CAPACITY;
      if (start + length > limit || this.#arena[base] !== bytes[start]) continue;
      let offset = 0;
      // Sixteen bytes a step while they last: one branch for four words.
      while (
        offset + 16 <= length &&
        ((view.getInt32(at + offset, true) ^ arena.getInt32(base + offset, true)) |
          (view.getInt32(at + offset + 4, true) ^ arena.getInt32(base + offset + 4, true)) |
          (view.getInt32(at + offset + 8, true) ^ arena.getInt32(base + offset + 8, true)) |
          (view.getInt32(at + offset + 12, true) ^ arena.getInt32(base + offset + 12, true))) ===
          0
      )
        offset += 16;
      while (offset + 4 <= length && view.getInt32(at + offset, true) === arena.getInt32(base + offset, true))
        offset += 4;
      if (offset + 4 <= length) continue;
      while (offset < length && bytes[start + offset] === this.#arena[base + offset]) offset += 1;
      if (offset === length) {
        this.entry = entry;
        this.#misses[slot] = 0;
        return length;
      }
    }
    return 0;
  }

  /** Whether the next {@link ValidatedBytes.remember} for `slot` is worth making. */
  worthRemembering(slot: number): boolean {
    return (this.#misses[slot] as number) < 8 || (this.#lookups & 63) === 0;
  }

  /** Whether the entry {@link ValidatedBytes.match} found last holds a non-ASCII character. */
  get nonAscii(): boolean {
    return this.#nonAscii[this.entry] === 1;
  }

  /** The param key of the entry found last. */
  get key(): string {
    return this.#keys[this.entry] as string;
  }

  /** The param value of the entry found last. */
  get value(): PropertyValue {
    return this.#values[this.entry] as PropertyValue;
  }

  /**
   * Remembers the value from `start` to `end` of `bytes` in `slot`, in place of the older of its
   * two entries; a value longer than {@link ValidatedBytes.CAPACITY} is not.
   */
  remember(
    bytes: Uint8Array,
    start: number,
    end: number,
    slot: number,
    key: string,
    value: PropertyValue,
    nonAscii: boolean,
  ): void {
    const length = end - start;
    if (length > CAPACITY) return;
    // The new value takes the place of the older of the two entries: nothing is moved.
    const way = this.#newest[slot] === 0 ? 1 : 0;
    this.#newest[slot] = way;
    const entry = slot * WAYS + way;
    const base = entry * CAPACITY;
    const arena = this.#arena;
    if (length < 64) {
      for (let offset = 0; offset < length; offset += 1)
        arena[base + offset] = bytes[start + offset] as number;
    } else {
      arena.set(bytes.subarray(start, end), base);
    }
    this.#length[entry] = length;
    this.#nonAscii[entry] = nonAscii ? 1 : 0;
    this.#keys[entry] = key;
    this.#values[entry] = value;
  }
}
