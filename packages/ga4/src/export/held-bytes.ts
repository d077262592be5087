/**
 * Bytes held back from earlier chunks until the rest of their line arrives. They are copies: a
 * producer may reuse its chunks once they are handed over.
 */
export class HeldBytes {
  #pieces: Uint8Array[] = [];
  #length = 0;

  /** How many bytes are held. */
  get length(): number {
    return this.#length;
  }

  /** Holds a copy of `bytes`. */
  hold(bytes: Uint8Array): void {
    this.#pieces.push(bytes.slice());
    this.#length += bytes.length;
  }

  /** What is held followed by `tail`, in one array; nothing is held afterwards. */
  take(tail: Uint8Array): Uint8Array {
    const joined = new Uint8Array(this.#length + tail.length);
    let offset = 0;
    for (const piece of this.#pieces) {
      joined.set(piece, offset);
      offset += piece.length;
    }
    joined.set(tail, offset);
    this.#pieces = [];
    this.#length = 0;
    return joined;
  }
}
