import { createSurrogateJoiner } from "../util/surrogate-joiner";

const BOM = [0xef, 0xbb, 0xbf] as const;

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

/** How many bytes of the byte order mark `held` followed by `bytes` start with (at most 3). */
function bomBytesAtStart(held: Uint8Array, bytes: Uint8Array): number {
  let matched = 0;
  while (matched < BOM.length) {
    const byte = matched < held.length ? held[matched] : bytes[matched - held.length];
    if (byte !== BOM[matched]) break;
    matched += 1;
  }
  return matched;
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
  // The first bytes while they could still be the start of a byte order mark; then undefined.
  let head: Uint8Array | undefined = new Uint8Array(0);

  // Only the first three bytes can be a byte order mark: they are compared in place, so a large
  // first chunk (a whole file, say) passes through without a copy.
  function withoutBom(bytes: Uint8Array): Uint8Array | undefined {
    const held = head;
    if (held === undefined) return bytes;
    const total = held.length + bytes.length;
    const matched = bomBytesAtStart(held, bytes);
    if (matched === total && total < BOM.length) {
      head = concat(held, bytes);
      return undefined;
    }
    head = undefined;
    if (matched === BOM.length) return bytes.subarray(BOM.length - held.length);
    return held.length === 0 ? bytes : concat(held, bytes);
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
