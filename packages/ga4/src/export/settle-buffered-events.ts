import type { JourneyEvent } from "@journeykit/core";
import { compareSequences } from "@journeykit/core/adapter";

/** An event held back until the whole export is read, with what stitching and ordering need. */
export interface BufferedEvent {
  event: JourneyEvent;
  readonly pseudoId: string | undefined;
  readonly userId: string | undefined;
}

// The event log's order of one customer's ties, up to the sequence; the rest stays in file order.
function byTimestampThenSequence(left: BufferedEvent, right: BufferedEvent): number {
  return (
    left.event.timestamp - right.event.timestamp ||
    compareSequences(left.event.sequence, right.event.sequence)
  );
}

// Which of a device's events is its earliest, as the SQL's stitched_users picks it: by time, then
// sequence, then event name, so that the file's order does not decide.
function isEarlier(event: JourneyEvent, than: JourneyEvent): boolean {
  const order =
    event.timestamp - than.timestamp ||
    compareSequences(event.sequence, than.sequence) ||
    (event.name < than.name ? -1 : event.name > than.name ? 1 : 0);
  return order < 0;
}

/**
 * Finishes a read that had to see every row first:
 * - `stitch`: every event without a `user_id` whose pseudo id was seen with one gets that user id
 *   as its customer; a pseudo id seen with several user ids (a shared device) takes the one of its
 *   earliest event (by time, then sequence, then event name), and is counted in
 *   `ambiguousPseudoIds`;
 * - `sort`: events ordered by timestamp, ties by `sequence` (`compareSequences`: no sequence
 *   first), then by input order (the sort is stable).
 */
export function settleBufferedEvents(
  buffered: BufferedEvent[],
  { stitch, sort }: { readonly stitch: boolean; readonly sort: boolean },
): { readonly events: JourneyEvent[]; readonly ambiguousPseudoIds: number } {
  let ambiguousPseudoIds = 0;
  if (stitch) {
    const userOf = new Map<string, { userId: string; event: JourneyEvent; ambiguous: boolean }>();
    for (const { event, pseudoId, userId } of buffered) {
      if (pseudoId === undefined || userId === undefined) continue;
      const known = userOf.get(pseudoId);
      if (known === undefined) {
        userOf.set(pseudoId, { userId, event, ambiguous: false });
        continue;
      }
      if (known.userId !== userId && !known.ambiguous) {
        ambiguousPseudoIds += 1;
        known.ambiguous = true;
      }
      // The earliest event with a user id decides, wherever it is in the file.
      if (isEarlier(event, known.event)) Object.assign(known, { userId, event });
    }
    for (const entry of buffered) {
      if (entry.userId !== undefined || entry.pseudoId === undefined) continue;
      const known = userOf.get(entry.pseudoId);
      if (known !== undefined) entry.event = { ...entry.event, customerId: known.userId };
    }
  }
  if (sort) buffered.sort(byTimestampThenSequence);
  return { events: buffered.map((entry) => entry.event), ambiguousPseudoIds };
}
