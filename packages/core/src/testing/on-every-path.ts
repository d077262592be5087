import { batchesAsEvents } from "./batches-as-events";
import type { AdapterConformanceOptions } from "./conformance-types";

/**
 * A check's `run` that runs `run` through `read()`, and again through `readBatches()` (seen as
 * events, in order, by {@link batchesAsEvents}) when the adapter offers it. A failure on the
 * second path says so first, since the same assertion message fits both.
 */
export function onEveryPath(
  run: (options: AdapterConformanceOptions) => Promise<void>,
): (options: AdapterConformanceOptions) => Promise<void> {
  return async (options) => {
    await run(options);
    if (typeof options.adapter.readBatches !== "function") return;
    try {
      await run({ ...options, adapter: batchesAsEvents(options.adapter) });
    } catch (error) {
      // Prefixed in place, not wrapped: vitest shows an assertion's expected/actual diff only
      // for the error the assertion threw.
      if (error instanceof Error) error.message = `through readBatches(): ${error.message}`;
      throw error;
    }
  };
}
