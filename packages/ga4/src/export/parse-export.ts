import type { AdapterContext, JourneyEvent } from "@journeykit/core";
import { ExportParser, type Ga4ExportCounts } from "./export-parser";
import type { Ga4ExportOptions } from "./ga4-export-options";
import { LineAlignedDecoder } from "./line-aligned-decoder";

const REPLACEMENT_CHARACTER = "\uFFFD";

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
      const decoder = new LineAlignedDecoder();
      const source = chunks[Symbol.asyncIterator]();
      let replacementSeen = false;
      const decoded = (text: string) => {
        if (!replacementSeen && text.includes(REPLACEMENT_CHARACTER)) {
          replacementSeen = true;
          context.warn(
            "The input has U+FFFD replacement characters: bytes that are not valid UTF-8 were replaced. Check the file's encoding.",
          );
        }
        return text;
      };
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
              const rest = parser.push(decoded(decoder.end()));
              batch = rest.concat(parser.end());
            } else {
              batch = parser.push(decoded(decoder.push(chunk.value)));
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
