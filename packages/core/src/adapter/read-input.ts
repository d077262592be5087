import { JourneykitError } from "../errors/journeykit-error";
import type { AdapterInput } from "./journey-adapter";

function inputError(adapter: string, what: string): JourneykitError {
  return new JourneykitError({
    code: "ADAPTER_INPUT",
    message:
      `The ${adapter} adapter cannot read ${what}. Pass a string, a Uint8Array, a ReadableStream of ` +
      "Uint8Array, or an async iterable of Uint8Array or string chunks (a Node Readable is one).",
  });
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object"
    ? `an object (${Object.prototype.toString.call(value)})`
    : `a ${typeof value}`;
}

function checkedChunk(adapter: string, chunk: unknown): Uint8Array | string {
  if (typeof chunk === "string" || chunk instanceof Uint8Array) return chunk;
  throw inputError(adapter, `a chunk that is ${describeValue(chunk)}`);
}

function isReadableStream(input: object): input is ReadableStream<Uint8Array> {
  return typeof (input as Partial<ReadableStream>).getReader === "function";
}

function isAsyncIterable(input: object): input is AsyncIterable<unknown> {
  return typeof (input as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === "function";
}

const ignore = () => {};

/** What reading the input needs of the read: to stop the moment its signal aborts. */
export interface InputGuard {
  /** Throws when the read has been aborted. */
  checkAbort(): void;
  /** Settles like `promise`, or rejects as soon as the read is aborted. */
  race<T>(promise: Promise<T>): Promise<T>;
}

async function* readStream(
  adapter: string,
  stream: ReadableStream<Uint8Array>,
  guard: InputGuard,
): AsyncGenerator<Uint8Array | string> {
  const reader = stream.getReader();
  let done = false;
  try {
    while (true) {
      const result = await guard.race(reader.read());
      if (result.done) {
        done = true;
        return;
      }
      const chunk = checkedChunk(adapter, result.value);
      if (chunk.length > 0) yield chunk;
    }
  } finally {
    // Cancelling also settles a read still waiting for data, so an abort never leaves it hanging.
    if (!done) reader.cancel().catch(ignore);
  }
}

async function* readIterable(
  adapter: string,
  iterable: AsyncIterable<unknown>,
  guard: InputGuard,
): AsyncGenerator<Uint8Array | string> {
  const iterator = iterable[Symbol.asyncIterator]();
  let finished = false;
  let waiting = false;
  try {
    while (true) {
      waiting = true;
      const result = await guard.race(iterator.next());
      waiting = false;
      if (result.done === true) {
        finished = true;
        return;
      }
      const chunk = checkedChunk(adapter, result.value);
      if (chunk.length > 0) yield chunk;
    }
  } finally {
    if (!finished && iterator.return !== undefined) {
      // An iterator stuck in a pending next() may only act on return() once that settles: ask
      // without waiting, so an abort is never delayed by a source that does not answer.
      const closing = Promise.resolve(iterator.return()).catch(ignore);
      if (!waiting) await closing;
    }
  }
}

/**
 * Yields the raw, non-empty chunks of any {@link AdapterInput}, waiting for each through `guard` so
 * an abort stops the read at once, and releasing the source (cancel / return) when reading stops
 * early.
 */
export async function* readInput(
  adapter: string,
  input: AdapterInput,
  guard: InputGuard,
): AsyncGenerator<Uint8Array | string> {
  guard.checkAbort();
  const value: unknown = input;
  if (typeof value === "string" || value instanceof Uint8Array) {
    if (value.length > 0) yield value;
    return;
  }
  if (value !== null && typeof value === "object") {
    if (isReadableStream(value)) return yield* readStream(adapter, value, guard);
    if (isAsyncIterable(value)) return yield* readIterable(adapter, value, guard);
  }
  throw inputError(adapter, describeValue(value));
}
