import { type FunnelOptions, type FunnelResult, planFunnel } from "@journeykit/core";
import type { SqlRow } from "../results/read-cell";
import { readFunnelRows } from "./read-funnel-rows";

/** The rows of a funnel query as a `FunnelResult`. */
export function readFunnel(options: FunnelOptions, rows: readonly SqlRow[]): FunnelResult {
  return readFunnelRows(planFunnel(options), rows);
}
