import type { FunnelPlan } from "@journeykit/core/internal";

/** The steps a step `k` can follow in an attempt: k-1 down to the previous required step. */
export function predecessorsOf(plan: FunnelPlan, k: number): number[] {
  const steps: number[] = [];
  for (let p = k - 1; p >= (plan.previousRequired[k] as number) && p >= 0; p -= 1) steps.push(p);
  return steps;
}
