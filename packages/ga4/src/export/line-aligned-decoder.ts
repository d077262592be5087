const NEWLINE = 10;

/**
 * Decodes UTF-8 byte chunks into text cut just after a newline byte. A newline byte is never part
 * of a multi-byte character, so each piece can be decoded on its own, which takes TextDecoder's
 * fast path; decoding in stream mode is several times slower. Bytes after the last newline wait
 * for the next chunk. Invalid bytes become U+FFFD, as in a BigQuery load job.
 */
export class LineAlignedDecoder {
  readonly #decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  #held: Uint8Array[] = [];
  #heldBytes = 0;

  /** Decodes `bytes` up to their last newline, with what was held before. */
  push(bytes: Uint8Array): string {
    const last = bytes.lastIndexOf(NEWLINE);
    if (last === -1) {
      this.#hold(bytes);
      return "";
    }
    const head = bytes.subarray(0, last + 1);
    const text = this.#decoder.decode(this.#heldBytes === 0 ? head : this.#joined(head));
    this.#held = [];
    this.#heldBytes = 0;
    if (last + 1 < bytes.length) this.#hold(bytes.subarray(last + 1));
    return text;
  }

  /** Decodes what is left at the end of the input. */
  end(): string {
    const text = this.#heldBytes === 0 ? "" : this.#decoder.decode(this.#joined(new Uint8Array(0)));
    this.#held = [];
    this.#heldBytes = 0;
    return text;
  }

  #hold(bytes: Uint8Array): void {
    // Chunks may be reused by their producer; keep a copy.
    this.#held.push(bytes.slice());
    this.#heldBytes += bytes.length;
  }

  #joined(tail: Uint8Array): Uint8Array {
    const joined = new Uint8Array(this.#heldBytes + tail.length);
    let offset = 0;
    for (const piece of this.#held) {
      joined.set(piece, offset);
      offset += piece.length;
    }
    joined.set(tail, offset);
    return joined;
  }
}
