import type { JourneyEvent } from "@journeykit/core";

/** An event held back until the whole export is read, with what stitching and ordering need. */
export interface BufferedEvent {
  event: JourneyEvent;
  readonly pseudoId: string | undefined;
  readonly userId: string | undefined;
  readonly batch: readonly [number, number, number] | undefined;
}

function byTimestampThenBatch(left: BufferedEvent, right: BufferedEvent): number {
  const difference = left.event.timestamp - right.event.timestamp;
  if (difference !== 0 || left.batch === undefined || right.batch === undefined) return difference;
  return left.batch[0] - right.batch[0] || left.batch[1] - right.batch[1] || left.batch[2] - right.batch[2];
}

/**
 * Finishes a read that had to see every row first:
 * - `stitch`: every event without a `user_id` whose pseudo id was seen with one gets that user id
 *   as its customer; a pseudo id seen with several user ids (a shared device) takes the one of its
 *   earliest event, and is counted in `ambiguousPseudoIds`;
 * - `sort`: events ordered by timestamp, ties by `batch_page_id`, `batch_ordering_id`,
 *   `batch_event_index` where both events have them, then by input order (the sort is stable).
 */
export function settleBufferedEvents(
  buffered: BufferedEvent[],
  { stitch, sort }: { readonly stitch: boolean; readonly sort: boolean },
): { readonly events: JourneyEvent[]; readonly ambiguousPseudoIds: number } {
  let ambiguousPseudoIds = 0;
  if (stitch) {
    const userOf = new Map<string, { userId: string; timestamp: number; ambiguous: boolean }>();
    for (const { event, pseudoId, userId } of buffered) {
      if (pseudoId === undefined || userId === undefined) continue;
      const known = userOf.get(pseudoId);
      if (known === undefined) {
        userOf.set(pseudoId, { userId, timestamp: event.timestamp, ambiguous: false });
      } else if (known.userId !== userId) {
        if (!known.ambiguous) ambiguousPseudoIds += 1;
        known.ambiguous = true;
        if (event.timestamp < known.timestamp) Object.assign(known, { userId, timestamp: event.timestamp });
      }
    }
    for (const entry of buffered) {
      if (entry.userId !== undefined || entry.pseudoId === undefined) continue;
      const known = userOf.get(entry.pseudoId);
      if (known !== undefined) entry.event = { ...entry.event, customerId: known.userId };
    }
  }
  if (sort) buffered.sort(byTimestampThenBatch);
  return { events: buffered.map((entry) => entry.event), ambiguousPseudoIds };
}
