import { EventLogBuilder, type JourneyEvent } from "@journeykit/core";
import type { EventLogBatch } from "@journeykit/core/adapter";

/**
 * Groups events, in their order, into columnar batches of `size` events (the last one may be
 * smaller): what an adapter's `parseBatches` yields when it has an event parser already, so that
 * both of its paths share that parser. Each batch is made by its own `EventLogBuilder`, so a
 * batch holds the string tables of its own events only.
 *
 * @param events - The events, as an adapter's `parse` yields them.
 * @param size - How many events a batch holds, at least 1.
 *
 * @example
 * ```ts
 * async function* three() {
 *   for (const timestamp of [1, 2, 3]) yield { customerId: "c-1", timestamp, name: "view" };
 * }
 * for await (const batch of eventsInBatches(three(), 2)) console.log(batch.size); // 2, then 1
 * ```
 */
export async function* eventsInBatches(
  events: AsyncIterable<JourneyEvent>,
  size: number,
): AsyncGenerator<EventLogBatch> {
  let builder = new EventLogBuilder();
  for await (const event of events) {
    builder.add(event);
    if (builder.size < size) continue;
    yield builder.toBatch();
    builder = new EventLogBuilder();
  }
  if (builder.size > 0) yield builder.toBatch();
}
