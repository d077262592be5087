/**
 * What a read of a GA4 export counts beyond the common report, in its `details`.
 *
 * @example
 * ```ts
 * const { report } = await readLog(ga4Adapter, text);
 * const details: Ga4ReadDetails = report.details;
 * details.consentModeRows; // 0
 * details.fastPathRows + details.fallbackRows; // rows decoded
 * ```
 */
export type Ga4ReadDetails = {
  /** Rows with no `user_pseudo_id` (consent mode without analytics storage), kept apart: not emitted. */
  readonly consentModeRows: number;
  /** Rows the byte scanner decoded (the default `fastPath`). */
  readonly fastPathRows: number;
  /** Rows decoded by `JSON.parse`: those the scanner was not sure about, or all with `fastPath: false`. */
  readonly fallbackRows: number;
  /**
   * Rows without `session_traffic_source_last_click` read with `trafficSource: "session"`
   * (duplicates included, as in `rowsRead`): their events have no source, medium or channel.
   */
  readonly rowsWithoutLastClick: number;
};

/**
 * The starting values of {@link Ga4ReadDetails}: what `ga4Adapter` declares as its `details`, and
 * what a reader that keeps a GA4 read's books itself starts from.
 *
 * @example
 * ```ts
 * import { createReadState } from "@journeykit/core/adapter";
 *
 * const state = createReadState({ id: "ga4", details: GA4_READ_DETAILS }, {});
 * state.count("consentModeRows", 1);
 * state.snapshot().details.consentModeRows; // 1
 * ```
 */
export const GA4_READ_DETAILS: Ga4ReadDetails = Object.freeze({
  consentModeRows: 0,
  fastPathRows: 0,
  fallbackRows: 0,
  rowsWithoutLastClick: 0,
});
