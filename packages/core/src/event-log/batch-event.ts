import type { Channel } from "../model/channel";
import type { JourneyEvent } from "../model/journey-event";
import type { EventLogBatch } from "./event-log-batch";
import { NO_SESSION } from "./event-log-data";
import { sequenceAt } from "./sequence-at";

/**
 * Event `index` of a checked {@link EventLogBatch} as a {@link JourneyEvent}: what an adapter that
 * only parses batches yields, event by event, to a consumer of `read()`.
 */
export function batchEvent(batch: EventLogBatch, index: number): JourneyEvent {
  const event: { -readonly [K in keyof JourneyEvent]: JourneyEvent[K] } = {
    customerId: batch.customerIds[batch.customer[index] as number] as string,
    timestamp: batch.timestamp[index] as number,
    name: batch.names[batch.name[index] as number] as string,
  };
  const session = batch.session?.[index] ?? NO_SESSION;
  if (session !== NO_SESSION) event.sessionId = batch.sessionIds?.[session] as string;
  const strings = batch.strings ?? [];
  const channel = batch.channel?.[index] ?? 0;
  if (channel !== 0) event.channel = strings[channel] as Channel;
  const source = batch.source?.[index] ?? 0;
  if (source !== 0) event.source = strings[source] as string;
  const medium = batch.medium?.[index] ?? 0;
  if (medium !== 0) event.medium = strings[medium] as string;
  const value = batch.value?.[index] ?? Number.NaN;
  if (!Number.isNaN(value)) event.value = value;
  const sequence = sequenceAt(batch.sequence, index);
  if (sequence !== undefined) event.sequence = sequence;
  const properties = batch.properties?.[index];
  if (properties !== undefined) event.properties = properties;
  return event;
}
