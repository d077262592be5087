import { assert } from "vitest";
import type { AdapterInput, JourneyAdapterV1 } from "../adapter/journey-adapter";
import { batchEvent } from "../event-log/batch-event";
import { checkedBatchTables } from "../event-log/check-event-log-batch";

// biome-ignore lint/suspicious/noExplicitAny: any adapter, whatever its own options are
type AnyAdapter = JourneyAdapterV1<any>;

/**
 * The adapter as seen through its `readBatches`: an adapter with the same id and formats whose
 * `read()` calls `readBatches()` and yields the events of each batch in order, with the batch
 * stream's own `report`. Every check written against `read()` can then check `readBatches()`
 * unchanged. Each batch is checked first: a malformed one fails the kit's assertion here, since
 * expanding it would give events that say nothing about what went wrong.
 */
export function batchesAsEvents(adapter: AnyAdapter): AnyAdapter {
  const readBatches = adapter.readBatches;
  if (typeof readBatches !== "function") assert.fail("the adapter has no readBatches to read through");
  return Object.freeze({
    specificationVersion: adapter.specificationVersion,
    id: adapter.id,
    formats: adapter.formats,
    read(input: AdapterInput, options?: object) {
      const stream = readBatches.call(adapter, input, options);
      return {
        report: stream.report,
        async *[Symbol.asyncIterator]() {
          let number = 0;
          for await (const batch of stream) {
            number += 1;
            try {
              checkedBatchTables(batch);
            } catch (error) {
              assert.fail(
                `readBatches() gave a malformed batch (#${number}): ${error instanceof Error ? error.message : String(error)}`,
              );
            }
            for (let index = 0; index < batch.size; index += 1) yield batchEvent(batch, index);
          }
        },
      };
    },
  });
}
