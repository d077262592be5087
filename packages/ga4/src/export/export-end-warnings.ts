import type { ResolvedExportOptions } from "./resolve-export-options";

/**
 * The warnings that sum up a whole read of an export: consent-mode rows kept apart, and rows
 * whose session traffic source is missing. A read in parts gives them once, from the parts' sums.
 *
 * @example
 * ```ts
 * exportEndWarnings(3, 0, "pseudo"); // ["3 consent-mode rows had no user_pseudo_id; ..."]
 * ```
 */
export function exportEndWarnings(
  consent: number,
  withoutLastClick: number,
  identity: ResolvedExportOptions["identity"],
): string[] {
  const warnings: string[] = [];
  if (consent > 0) {
    const missing = identity === "pseudo" ? "user_pseudo_id" : "user_pseudo_id or user_id";
    warnings.push(
      `${consent} consent-mode rows had no ${missing}; they were kept apart (not emitted) rather than merged into one unknown customer.`,
    );
  }
  if (withoutLastClick > 0) {
    warnings.push(
      `${withoutLastClick} rows have no session_traffic_source_last_click (exports before mid-2024 lack it), so their events have no source, medium or channel; read with trafficSource "event" or "user" for those.`,
    );
  }
  return warnings;
}
