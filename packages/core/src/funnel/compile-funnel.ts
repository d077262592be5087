import { InvalidOptionError } from "../errors/invalid-option-error";
import type { EventLog } from "../event-log/event-log";
import { type CompiledEventMatchers, compileEventMatchers } from "../matching/compile-event-matchers";
import type { FunnelPlan } from "./plan-funnel";

/** A funnel plan compiled against one log: what the walkers read, in typed arrays for speed. */
export interface CompiledFunnel {
  readonly stepCount: number;
  /** Per step, the previous required step (-1 for step 0); predecessors of k are k-1 down to it. */
  readonly previousRequired: Int32Array;
  /** Per step, the most milliseconds allowed since the previous step done; Infinity for none. */
  readonly within: Float64Array;
  readonly hasWithin: boolean;
  readonly window: number;
  readonly order: FunnelPlan["order"];
  readonly entry: FunnelPlan["entry"];
  readonly countBy: FunnelPlan["countBy"];
  readonly matchers: CompiledEventMatchers;
  /** The exclusion events, compiled; undefined when there are none. */
  readonly exclusions: CompiledEventMatchers | undefined;
  /** Per exclusion, the steps whose attempts it cuts: from `exclusionFrom` to `exclusionTo - 1`. */
  readonly exclusionFrom: Int32Array;
  readonly exclusionTo: Int32Array;
}

/** Compiles a plan's matchers against a log, and checks what only the log can tell. */
export function compileFunnel(log: EventLog, plan: FunnelPlan): CompiledFunnel {
  if (plan.countBy === "sessions" && log.size > 0 && log.columns.sessionIds.length === 0) {
    throw new InvalidOptionError({
      option: "countBy",
      problem: "the log's events have no session ids; count by customers, or add sessionId to the events",
    });
  }
  const within = Float64Array.from(plan.within);
  const { exclusions } = plan;
  return {
    stepCount: plan.steps.length,
    previousRequired: Int32Array.from(plan.previousRequired),
    within,
    hasWithin: within.some((ms) => ms !== Number.POSITIVE_INFINITY),
    window: plan.window,
    order: plan.order,
    entry: plan.entry,
    countBy: plan.countBy,
    matchers: compileEventMatchers(log, plan.steps),
    exclusions:
      exclusions.length === 0
        ? undefined
        : compileEventMatchers(
            log,
            exclusions.map((exclusion) => exclusion.event),
          ),
    exclusionFrom: Int32Array.from(exclusions, (exclusion) => exclusion.from),
    exclusionTo: Int32Array.from(exclusions, (exclusion) => exclusion.to),
  };
}
