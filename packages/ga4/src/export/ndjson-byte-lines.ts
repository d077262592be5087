import { HeldBytes } from "./held-bytes";

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
  readonly #held = new HeldBytes();
  #line = 1;

  /** Hands every line that `chunk` completes to `onLine`, in place. */
  push(chunk: Uint8Array, onLine: ByteLineHandler): void {
    let start = 0;
    let newline = chunk.indexOf(NEWLINE);
    if (newline === -1) {
      this.#held.hold(chunk);
      return;
    }
    if (this.#held.length > 0) {
      const joined = this.#held.take(chunk.subarray(0, newline + 1));
      onLine(joined, 0, joined.length - 1, this.#line++);
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    while (newline !== -1) {
      onLine(chunk, start, newline, this.#line++);
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) this.#held.hold(chunk.subarray(start));
  }

  /** Hands the last line, if the input did not end with a newline, to `onLine`. */
  end(onLine: ByteLineHandler): void {
    if (this.#held.length === 0) return;
    const joined = this.#held.take(Uint8Array.of(NEWLINE));
    onLine(joined, 0, joined.length - 1, this.#line++);
  }
}
