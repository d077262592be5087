import type { AdapterContext, JourneyEvent } from "@journeykit/core";
import { ExportParser, type Ga4ExportCounts } from "./export-parser";
import type { Ga4ExportOptions } from "./ga4-export-options";

/**
 * The `parse` of the GA4 adapter: export bytes in chunks to events, counting into `counts`.
 *
 * An async iterator over the events of each chunk rather than an async generator: a generator
 * costs a suspension per event, this costs one awaited chunk per chunk of input.
 */
export function parseExport(
  chunks: AsyncIterable<Uint8Array>,
  context: AdapterContext<Ga4ExportOptions>,
  counts: Ga4ExportCounts,
): AsyncIterable<JourneyEvent> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<JourneyEvent> {
      const parser = new ExportParser(context, counts);
      const source = chunks[Symbol.asyncIterator]();
      let batch: JourneyEvent[] = [];
      let index = 0;
      let ended = false;
      return {
        async next() {
          while (index >= batch.length) {
            if (ended) return { done: true, value: undefined };
            const chunk = await source.next();
            index = 0;
            if (chunk.done === true) {
              ended = true;
              batch = parser.end();
            } else {
              batch = parser.push(chunk.value);
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
