import type { JourneyEvent } from "../model/journey-event";
import { EventLog } from "./event-log";
import type { EventLogBatch } from "./event-log-batch";
import { GrowingColumns } from "./growing-columns";

/**
 * Collects events one at a time into growing columns, then builds an {@link EventLog}. Adapters
 * with a fast path use it to avoid holding every event object in memory; `EventLog.from` collects
 * events the same way. Events may come in any order: the log is the same.
 *
 * @example
 * ```ts
 * const builder = new EventLogBuilder();
 * builder.add({ customerId: "c1", timestamp: 2_000, name: "purchase" });
 * builder.add({ customerId: "c1", timestamp: 1_000, name: "view_item" });
 * const log = builder.build();
 * log.size; // 2
 * log.event(0).name; // "view_item"
 * ```
 */
export class EventLogBuilder {
  readonly #columns = new GrowingColumns();

  /** How many events have been added. */
  get size(): number {
    return this.#columns.size;
  }

  /**
   * Adds one event, checking it first.
   *
   * @param event - The event; it is not kept, only its fields (its `properties` object is kept
   * by reference, so do not mutate it afterwards).
   * @returns The builder, for chaining.
   * @throws {@link InvalidEventError} naming the event's index and the bad field.
   *
   * @example
   * ```ts
   * new EventLogBuilder().add({ customerId: "c1", timestamp: 0, name: "first_visit" }).size; // 1
   * ```
   */
  add(event: JourneyEvent): this {
    this.#columns.add(event);
    return this;
  }

  /**
   * The events added so far, in the order they were added, as an {@link EventLogBatch}: copies of
   * the columns trimmed to `size`, safe to post to another thread (pass the typed arrays' buffers
   * as transferables) and to append to another builder with {@link EventLogBuilder.addBatch}.
   *
   * @returns The batch; the builder is unchanged and may go on.
   *
   * @example
   * ```ts
   * const builder = new EventLogBuilder().add({ customerId: "c1", timestamp: 1_000, name: "view_item" });
   * const batch = builder.toBatch();
   * batch.customerIds; // ["c1"]
   * batch.timestamp; // Float64Array [1000]
   * ```
   */
  toBatch(): EventLogBatch {
    return this.#columns.toBatch();
  }

  /**
   * Appends the events of a batch, as if each had been passed to {@link EventLogBuilder.add} in
   * the batch's order; `keep` leaves some out. The batch is checked first (its columns and string
   * tables, each timestamp, channel and value), and nothing is added when it is bad.
   *
   * @param batch - Events in columns, as {@link EventLogBuilder.toBatch} makes them.
   * @param keep - Called with each event's position in the batch; `false` leaves it out.
   * @returns The builder, for chaining.
   * @throws {@link InvalidEventError} naming the first bad event (its position in the batch) and
   * field, or `"batch"` when the batch's shape is wrong.
   *
   * @example
   * ```ts
   * const worker = new EventLogBuilder()
   *   .add({ customerId: "c1", timestamp: 2_000, name: "purchase" })
   *   .add({ customerId: "c1", timestamp: 2_000, name: "purchase" });
   * const main = new EventLogBuilder().add({ customerId: "c1", timestamp: 1_000, name: "view_item" });
   * main.addBatch(worker.toBatch(), (index) => index === 0).size; // 2
   * ```
   */
  addBatch(batch: EventLogBatch, keep?: (index: number) => boolean): this {
    this.#columns.addBatch(batch, keep);
    return this;
  }

  /**
   * Sorts what was added into the log's canonical order (see {@link EventLog}: by customer id,
   * time, sequence, name and content, whatever the order events were added in) and returns the
   * log. The builder should not be used afterwards.
   *
   * @example
   * ```ts
   * const log = new EventLogBuilder().add({ customerId: "c1", timestamp: 0, name: "a" }).build();
   * log.columns.customerIds; // ["c1"]
   * ```
   */
  build(): EventLog {
    return EventLog.fromData(this.#columns.finish());
  }
}
