import { createSurrogateJoiner } from "../util/surrogate-joiner";

const BOM = [0xef, 0xbb, 0xbf] as const;

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

function isBomPrefix(bytes: Uint8Array): boolean {
  return bytes.length < BOM.length && bytes.every((byte, index) => byte === BOM[index]);
}

/**
 * Turns raw chunks into bytes: string chunks are encoded as UTF-8 (holding a trailing high
 * surrogate back for the next chunk, so a pair split across chunks is encoded whole) and a leading
 * UTF-8 byte order mark is dropped, even when it is split across chunks. Byte chunks pass through
 * without a copy. `addBytes` hears the size of every chunk consumed.
 */
export async function* encodeBytes(
  chunks: AsyncIterable<Uint8Array | string>,
  addBytes: (count: number) => void,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const joiner = createSurrogateJoiner();
  let head: Uint8Array | undefined = new Uint8Array(0);

  function withoutBom(bytes: Uint8Array): Uint8Array | undefined {
    if (head === undefined) return bytes;
    const start = concat(head, bytes);
    if (isBomPrefix(start)) {
      head = start;
      return undefined;
    }
    head = undefined;
    return BOM.every((byte, index) => start[index] === byte) ? start.subarray(BOM.length) : start;
  }

  function encodeHeld(): Uint8Array {
    const bytes = encoder.encode(joiner.flush());
    addBytes(bytes.length);
    return bytes;
  }

  for await (const chunk of chunks) {
    let bytes: Uint8Array;
    if (typeof chunk === "string") {
      bytes = encoder.encode(joiner.take(chunk));
    } else {
      const held = withoutBom(encodeHeld());
      if (held !== undefined && held.length > 0) yield held;
      bytes = chunk;
    }
    addBytes(bytes.length);
    const out = withoutBom(bytes);
    if (out !== undefined && out.length > 0) yield out;
  }
  const last = encodeHeld();
  const rest = head !== undefined ? concat(head, last) : last;
  if (rest.length > 0) yield rest;
}
