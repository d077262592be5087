import { EventLog, type FunnelOptions, type FunnelResult, funnel, type Step } from "@journeykit/core";
import { parseDuration } from "@journeykit/core/internal";
import { FunnelOptionsSchema } from "@journeykit/core/schemas";
import type { z } from "zod";

type ParsedFunnel = z.output<typeof FunnelOptionsSchema>;

/** A funnel's options, checked and resolved, in the form the SQL generator reads. */
export interface FunnelPlan {
  readonly steps: readonly Step[];
  /** Per step, the previous required step (-1 for step 0): its predecessors are k-1 down to it. */
  readonly previousRequired: readonly number[];
  /** Per step, the most milliseconds allowed since the previous step the attempt did (Infinity: none). */
  readonly within: readonly number[];
  readonly window: number;
  readonly order: ParsedFunnel["order"];
  readonly entry: ParsedFunnel["entry"];
  readonly countBy: ParsedFunnel["countBy"];
  readonly exclusions: readonly { readonly event: Step; readonly from: number; readonly to: number }[];
  readonly breakdown: ParsedFunnel["breakdown"];
  /** The result of the funnel over no events: labels, flags and echoed options, all counts 0. */
  readonly empty: FunnelResult;
}

/** The steps a step `k` can follow in an attempt: k-1 down to the previous required step. */
export function predecessorsOf(plan: FunnelPlan, k: number): number[] {
  const steps: number[] = [];
  for (let p = k - 1; p >= (plan.previousRequired[k] as number) && p >= 0; p -= 1) steps.push(p);
  return steps;
}

/**
 * Checks funnel options exactly as `funnel` does (by running it on an empty log, so the same
 * options fail with the same errors) and resolves them: durations in ms, predecessors, exclusions.
 */
export function funnelPlan(options: FunnelOptions, empty = funnel(EventLog.from([]), options)): FunnelPlan {
  const parsed = FunnelOptionsSchema.parse(options);
  const previousRequired: number[] = [];
  let lastRequired = 0;
  parsed.steps.forEach((step, k) => {
    previousRequired.push(k === 0 ? -1 : lastRequired);
    if (!(typeof step === "object" && step.optional === true)) lastRequired = k;
  });
  return {
    steps: parsed.steps,
    previousRequired,
    within: parsed.steps.map((step, k) =>
      typeof step === "object" && step.within !== undefined
        ? parseDuration(step.within, `steps[${k}].within`)
        : Number.POSITIVE_INFINITY,
    ),
    window: parseDuration(parsed.window, "window"),
    order: parsed.order,
    entry: parsed.entry,
    countBy: parsed.countBy,
    exclusions: parsed.exclusions.map((exclusion) => {
      const [from, to] = exclusion.between ?? [0, parsed.steps.length - 1];
      return { event: exclusion.event, from, to };
    }),
    breakdown: parsed.breakdown,
    empty,
  };
}
