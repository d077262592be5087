import type { ConfidenceInterval } from "../stats/confidence-interval";
import { twoSidedZ } from "../stats/confidence-interval";

/** The pieces of an NPS interval: its centre and variance per respondent, on the -1..1 scale. */
export interface NpsSpread {
  /** The (possibly adjusted) NPS as a fraction, p - d. */
  readonly centre: number;
  /** p + d - (p - d)^2: the variance of one respondent's +1 / 0 / -1. */
  readonly variance: number;
  /** The (possibly adjusted) number of respondents the variance is divided by. */
  readonly n: number;
}

/**
 * Adjusted Wald (Rocks 2016) adds pseudo-observations before estimating: 3/4 promoter, 3/2
 * passive and 3/4 detractor, so n grows by 3. Plain Wald uses the counts as they are.
 */
export function npsSpread(
  promoters: number,
  detractors: number,
  n: number,
  method: "wald" | "adjusted-wald",
): NpsSpread {
  const adjusted = method === "adjusted-wald";
  const total = adjusted ? n + 3 : n;
  const promoterShare = (adjusted ? promoters + 0.75 : promoters) / total;
  const detractorShare = (adjusted ? detractors + 0.75 : detractors) / total;
  const centre = promoterShare - detractorShare;
  // Clamp tiny negative rounding (all promoters: 1 - 1^2) to zero.
  const variance = Math.max(0, promoterShare + detractorShare - centre * centre);
  return { centre, variance, n: total };
}

/**
 * An interval `centre ± z·se` (in points, ×100), clipped to [-limit, limit] and stretched to
 * reach `estimate` where the adjusted centre pulled it past (tiny one-sided samples), so an
 * interval always contains the estimate reported beside it.
 */
export function pointsInterval(
  centre: number,
  standardError: number,
  estimate: number,
  limit: number,
  confidence: number,
  method: "wald" | "adjusted-wald",
): ConfidenceInterval {
  const margin = twoSidedZ(confidence) * standardError;
  const lower = Math.max(-limit, Math.min(estimate, 100 * (centre - margin)));
  const upper = Math.min(limit, Math.max(estimate, 100 * (centre + margin)));
  return { lower, upper, confidence, method };
}
