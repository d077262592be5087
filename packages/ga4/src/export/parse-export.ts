import type { AdapterContext, JourneyEvent } from "@journeykit/core";
import { ExportParser, type Ga4ExportCounts } from "./export-parser";
import type { Ga4ExportOptions } from "./ga4-export-options";

const SLICE_BYTES = 1 << 20;

/** Takes the events of each slice of input instead of the iterator, which then yields none. */
export type EventSink = (events: readonly JourneyEvent[]) => void;

/**
 * The `parse` of the GA4 adapter: export bytes in chunks to events, counting into `counts`.
 *
 * An async iterator over the events of each chunk rather than an async generator: a generator
 * costs a suspension per event, this costs one awaited chunk per chunk of input. A large chunk
 * (a whole file in one Uint8Array) is read a slice at a time, so that the events in flight stay
 * few however the input comes. With a `sink`, the events go to it a batch at a time and the
 * iterator yields none: no await per event at all.
 */
export function parseExport(
  chunks: AsyncIterable<Uint8Array>,
  context: AdapterContext<Ga4ExportOptions>,
  counts: Ga4ExportCounts,
  sink?: EventSink,
): AsyncIterable<JourneyEvent> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<JourneyEvent> {
      const parser = new ExportParser(context, counts);
      const source = chunks[Symbol.asyncIterator]();
      let batch: JourneyEvent[] = [];
      let index = 0;
      let ended = false;
      let chunk: Uint8Array = new Uint8Array(0);
      let offset = 0;
      return {
        async next() {
          while (index >= batch.length) {
            if (ended) return { done: true, value: undefined };
            index = 0;
            if (offset < chunk.length) {
              batch = parser.push(chunk.subarray(offset, offset + SLICE_BYTES));
              offset += SLICE_BYTES;
            } else {
              const next = await source.next();
              if (next.done === true) {
                ended = true;
                batch = parser.end();
              } else {
                chunk = next.value;
                offset = 0;
                batch = [];
              }
            }
            if (sink !== undefined) {
              sink(batch);
              batch = [];
            }
          }
          return { done: false, value: batch[index++] as JourneyEvent };
        },
        async return() {
          ended = true;
          batch = [];
          await source.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
