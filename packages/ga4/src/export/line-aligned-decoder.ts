import { HeldBytes } from "./held-bytes";

const NEWLINE = 10;

/**
 * Decodes UTF-8 byte chunks into text cut just after a newline byte. A newline byte is never part
 * of a multi-byte character, so each piece can be decoded on its own, which takes TextDecoder's
 * fast path; decoding in stream mode is several times slower. Bytes after the last newline wait
 * for the next chunk. Invalid bytes become U+FFFD, as in a BigQuery load job.
 */
export class LineAlignedDecoder {
  readonly #decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  readonly #held = new HeldBytes();

  /** Decodes `bytes` up to their last newline, with what was held before. */
  push(bytes: Uint8Array): string {
    const last = bytes.lastIndexOf(NEWLINE);
    if (last === -1) {
      this.#held.hold(bytes);
      return "";
    }
    const head = bytes.subarray(0, last + 1);
    const text = this.#decoder.decode(this.#held.length === 0 ? head : this.#held.take(head));
    if (last + 1 < bytes.length) this.#held.hold(bytes.subarray(last + 1));
    return text;
  }

  /** Decodes what is left at the end of the input. */
  end(): string {
    return this.#held.length === 0 ? "" : this.#decoder.decode(this.#held.take(new Uint8Array(0)));
  }
}
