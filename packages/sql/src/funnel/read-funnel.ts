import type { FunnelOptions, FunnelResult } from "@journeykit/core";
import { planFunnel } from "@journeykit/core/internal";
import type { SqlRow } from "../results/read-cell";
import { readFunnelRows } from "./read-funnel-rows";

/** The rows of a funnel query as a `FunnelResult`. */
export function readFunnel(options: FunnelOptions, rows: readonly SqlRow[]): FunnelResult {
  return readFunnelRows(planFunnel(options), rows);
}
