import { EventLogBuilder, type JourneyEvent } from "@journeykit/core";
import type { EventLogBatch } from "@journeykit/core/adapter";
import { type ExportContext, ExportParser } from "./export-parser";

const SLICE_BYTES = 1 << 20;

/**
 * The events of each slice of input, as arrays: one await per chunk of input, none per event. A
 * large chunk (a whole file in one Uint8Array) is read a slice at a time, so that the events in
 * flight stay few however the input comes.
 */
async function* exportEventArrays(
  chunks: AsyncIterable<Uint8Array>,
  context: ExportContext,
): AsyncGenerator<readonly JourneyEvent[]> {
  const parser = new ExportParser(context);
  for await (const chunk of chunks) {
    for (let offset = 0; offset < chunk.length; offset += SLICE_BYTES) {
      const events = parser.push(chunk.subarray(offset, offset + SLICE_BYTES));
      if (events.length > 0) yield events;
    }
  }
  const events = parser.end();
  if (events.length > 0) yield events;
}

/**
 * The `parse` of the GA4 adapter: export bytes in chunks to events.
 *
 * An async iterator over the events of each slice rather than an async generator of events: a
 * generator costs a suspension per event, this costs one awaited slice per slice of input.
 */
export function parseExport(
  chunks: AsyncIterable<Uint8Array>,
  context: ExportContext,
): AsyncIterable<JourneyEvent> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<JourneyEvent> {
      const slices = exportEventArrays(chunks, context);
      let events: readonly JourneyEvent[] = [];
      let index = 0;
      return {
        async next() {
          while (index >= events.length) {
            const next = await slices.next();
            if (next.done === true) return { done: true, value: undefined };
            events = next.value;
            index = 0;
          }
          return { done: false, value: events[index++] as JourneyEvent };
        },
        async return() {
          events = [];
          await slices.return(undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
}

/** The `parseBatches` of the GA4 adapter: export bytes in chunks to a batch of events per slice. */
export async function* parseExportBatches(
  chunks: AsyncIterable<Uint8Array>,
  context: ExportContext,
): AsyncGenerator<EventLogBatch> {
  for await (const events of exportEventArrays(chunks, context)) {
    const builder = new EventLogBuilder();
    for (const event of events) builder.add(event);
    yield builder.toBatch();
  }
}
