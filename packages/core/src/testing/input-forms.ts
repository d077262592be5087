/**
 * Splits `data` at the given offsets (any order, duplicates and out-of-range ones ignored) into
 * consecutive pieces that join back to `data`.
 */
export function splitAt<T extends string | Uint8Array>(data: T, offsets: readonly number[]): T[] {
  const cuts = [...new Set(offsets)]
    .filter((offset) => offset > 0 && offset < data.length)
    .sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const cut of [...cuts, data.length]) {
    pieces.push(data.slice(start, cut) as T);
    start = cut;
  }
  return pieces;
}

/** A web `ReadableStream` that delivers `chunks` one by one. */
export function toReadableStream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

/** An async iterable (not a generator) that delivers `chunks` one by one, as a Node stream would. */
export function toAsyncIterable<T>(chunks: readonly T[]): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      let index = 0;
      return {
        async next() {
          const value = chunks[index++];
          return value === undefined ? { done: true, value: undefined } : { done: false, value };
        },
      };
    },
  };
}
