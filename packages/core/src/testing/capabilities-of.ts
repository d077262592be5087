import type { AdapterCapabilities, AdapterConformanceOptions } from "./conformance-types";

/**
 * The capabilities the kit checks: those claimed, plus those it detects from the adapter and the
 * options (`readsBatches` from `adapter.readBatches`, `orderIndependent` from `reorderRecords`).
 * Detected ones cannot be switched off by claiming `false`: an adapter that offers `readBatches`
 * promises the same read through it, so the kit always checks that promise.
 */
export function capabilitiesOf(options: AdapterConformanceOptions): AdapterCapabilities {
  const claimed = options.capabilities ?? {};
  return {
    ...claimed,
    readsBatches: claimed.readsBatches === true || typeof options.adapter.readBatches === "function",
    orderIndependent: claimed.orderIndependent === true || typeof options.reorderRecords === "function",
  };
}
