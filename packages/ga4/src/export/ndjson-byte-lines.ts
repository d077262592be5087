const NEWLINE = 10;

/**
 * Receives each line of newline-delimited bytes: `bytes[newline]` is always the line's `\n`
 * (the last line of the input gets one added), so a scanner can stop at it without checking
 * bounds. `line` is 1-based.
 */
export type ByteLineHandler = (bytes: Uint8Array, start: number, newline: number, line: number) => void;

/**
 * Splits newline-delimited bytes, chunk by chunk, into lines without decoding them: a newline byte
 * is never part of a multi-byte UTF-8 character. Lines are handed over in place, in the chunk that
 * holds them; only a line cut by a chunk boundary is copied (its start is held until its end
 * arrives), so memory is bounded by the longest line.
 */
export class NdjsonByteLines {
  #held: Uint8Array[] = [];
  #heldBytes = 0;
  #line = 1;

  /** Hands every line that `chunk` completes to `onLine`, in place. */
  push(chunk: Uint8Array, onLine: ByteLineHandler): void {
    let start = 0;
    let newline = chunk.indexOf(NEWLINE);
    if (newline === -1) {
      this.#hold(chunk);
      return;
    }
    if (this.#heldBytes > 0) {
      const joined = this.#joined(chunk.subarray(0, newline + 1));
      onLine(joined, 0, joined.length - 1, this.#line++);
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    while (newline !== -1) {
      onLine(chunk, start, newline, this.#line++);
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) this.#hold(chunk.subarray(start));
  }

  /** Hands the last line, if the input did not end with a newline, to `onLine`. */
  end(onLine: ByteLineHandler): void {
    if (this.#heldBytes === 0) return;
    const joined = this.#joined(Uint8Array.of(NEWLINE));
    onLine(joined, 0, joined.length - 1, this.#line++);
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
    this.#held = [];
    this.#heldBytes = 0;
    return joined;
  }
}
