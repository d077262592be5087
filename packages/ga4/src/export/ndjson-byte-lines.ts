import { HeldBytes } from "./held-bytes";

const NEWLINE = 10;

/**
 * Receives each line of newline-delimited bytes: `bytes[newline]` is always the line's `\n`
 * (the last line of the input gets one added), so a scanner can stop at it without checking
 * bounds. `line` is 1-based.
 */
export type ByteLineHandler = (bytes: Uint8Array, start: number, newline: number, line: number) => void;

/**
 * Tries to read the line that starts at `start` without being told where it ends (a row scanner
 * finds the end as it goes); `bytes[limit - 1]` is a newline at or after the line's own. Returns
 * the index of the line's newline, or -1 to have the line handed to the {@link ByteLineHandler}.
 */
export type ByteLineReader = (bytes: Uint8Array, start: number, limit: number, line: number) => number;

/**
 * Splits newline-delimited bytes, chunk by chunk, into lines without decoding them: a newline byte
 * is never part of a multi-byte UTF-8 character. Lines are handed over in place, in the chunk that
 * holds them; only a line cut by a chunk boundary is copied (its start is held until its end
 * arrives), so memory is bounded by the longest line.
 */
export class NdjsonByteLines {
  readonly #held = new HeldBytes();
  #line = 1;

  /** How many lines were handed over so far. */
  get linesRead(): number {
    return this.#line - 1;
  }

  /**
   * Offers every line that `chunk` completes to `read`, in place, and hands those it declines to
   * `onLine` with their newline found.
   */
  push(chunk: Uint8Array, read: ByteLineReader, onLine: ByteLineHandler): void {
    const last = chunk.lastIndexOf(NEWLINE);
    if (last === -1) {
      this.#held.hold(chunk);
      return;
    }
    let start = 0;
    if (this.#held.length > 0) {
      const newline = chunk.indexOf(NEWLINE);
      this.#offer(this.#held.take(chunk.subarray(0, newline + 1)), read, onLine);
      start = newline + 1;
    }
    while (start <= last) {
      const line = this.#line++;
      const found = read(chunk, start, last + 1, line);
      if (found >= 0) {
        start = found + 1;
      } else {
        const newline = chunk.indexOf(NEWLINE, start);
        onLine(chunk, start, newline, line);
        start = newline + 1;
      }
    }
    if (last + 1 < chunk.length) this.#held.hold(chunk.subarray(last + 1));
  }

  /** Hands the last line over, if the input did not end with a newline. */
  end(read: ByteLineReader, onLine: ByteLineHandler): void {
    if (this.#held.length > 0) this.#offer(this.#held.take(Uint8Array.of(NEWLINE)), read, onLine);
  }

  /** Offers one whole line, ending in its newline, to `read`, else to `onLine`. */
  #offer(bytes: Uint8Array, read: ByteLineReader, onLine: ByteLineHandler): void {
    const line = this.#line++;
    if (read(bytes, 0, bytes.length, line) < 0) onLine(bytes, 0, bytes.length - 1, line);
  }
}
