import type { z } from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import type { EventLog } from "../event-log/event-log";
import { parseDuration } from "../event-log/parse-duration";
import { type CompiledEventMatchers, compileEventMatchers } from "../matching/compile-event-matchers";
import { stepLabel } from "../matching/step-label";
import type { FunnelOptionsSchema } from "./funnel-options";

type ParsedFunnelOptions = z.output<typeof FunnelOptionsSchema>;

/** A funnel's options checked and compiled against one log: what the walkers read. */
export interface FunnelPlan {
  readonly stepCount: number;
  readonly labels: readonly string[];
  readonly optional: readonly boolean[];
  /** Per step, the previous required step (-1 for step 0); predecessors of k are k-1 down to it. */
  readonly previousRequired: Int32Array;
  /** Per step, the most milliseconds allowed since the previous step done; Infinity for none. */
  readonly within: Float64Array;
  readonly hasWithin: boolean;
  readonly window: number;
  readonly order: ParsedFunnelOptions["order"];
  readonly entry: ParsedFunnelOptions["entry"];
  readonly countBy: ParsedFunnelOptions["countBy"];
  readonly matchers: CompiledEventMatchers;
  /** The exclusion events, compiled; undefined when there are none. */
  readonly exclusions: CompiledEventMatchers | undefined;
  /** Per exclusion, the steps whose attempts it cuts: from `exclusionFrom` to `exclusionTo - 1`. */
  readonly exclusionFrom: Int32Array;
  readonly exclusionTo: Int32Array;
}

function reject(option: string, problem: string): never {
  throw new InvalidOptionError({ option, problem });
}

/** Checks what the schema cannot (durations, step positions, combinations) and compiles matchers. */
export function compileFunnel(log: EventLog, options: ParsedFunnelOptions): FunnelPlan {
  const { steps, order, exclusions } = options;
  const stepCount = steps.length;
  const window = parseDuration(options.window, "window");
  const optional = steps.map((step) => typeof step === "object" && step.optional === true);
  const within = new Float64Array(stepCount).fill(Number.POSITIVE_INFINITY);
  const previousRequired = new Int32Array(stepCount).fill(-1);
  let lastRequired = 0;
  steps.forEach((step, k) => {
    if (typeof step === "string") {
      if (k > 0) previousRequired[k] = lastRequired;
      lastRequired = k;
      return;
    }
    if (k === 0 && step.optional === true) {
      reject("steps[0].optional", "the first step cannot be optional, since every attempt starts with it");
    }
    if (step.within !== undefined) {
      if (k === 0)
        reject(
          "steps[0].within",
          "the first step has no previous step; limit the whole funnel with `window`",
        );
      within[k] = parseDuration(step.within, `steps[${k}].within`);
    }
    if (k > 0) previousRequired[k] = lastRequired;
    if (step.optional !== true) lastRequired = k;
  });
  const hasWithin = within.some((ms) => ms !== Number.POSITIVE_INFINITY);

  if (order === "any") {
    const k = steps.findIndex(
      (step) => typeof step === "object" && (step.optional === true || step.within !== undefined),
    );
    if (k >= 0) {
      const field = optional[k] ? "optional" : "within";
      reject(
        `steps[${k}].${field}`,
        `\`${field}\` needs an order between steps; it is not allowed with order "any"`,
      );
    }
  }
  if (exclusions.length > 0 && order !== "ordered") {
    reject(
      "exclusions",
      order === "strict"
        ? 'with order "strict" no event comes between two steps, so an exclusion could never apply'
        : 'exclusions need an order between steps; they are not allowed with order "any"',
    );
  }
  const exclusionFrom = new Int32Array(exclusions.length);
  const exclusionTo = new Int32Array(exclusions.length);
  exclusions.forEach((exclusion, x) => {
    const [from, to] = exclusion.between ?? [0, stepCount - 1];
    if (from >= to || to >= stepCount) {
      reject(
        `exclusions[${x}].between`,
        `[${from}, ${to}] must name two steps of the funnel (0-based, from < to < ${stepCount})`,
      );
    }
    exclusionFrom[x] = from;
    exclusionTo[x] = to;
  });
  if (options.countBy === "sessions" && log.size > 0 && log.columns.sessionIds.length === 0) {
    reject(
      "countBy",
      "the log's events have no session ids; count by customers, or add sessionId to the events",
    );
  }

  return {
    stepCount,
    labels: steps.map(stepLabel),
    optional,
    previousRequired,
    within,
    hasWithin,
    window,
    order,
    entry: options.entry,
    countBy: options.countBy,
    matchers: compileEventMatchers(log, steps),
    exclusions:
      exclusions.length === 0
        ? undefined
        : compileEventMatchers(
            log,
            exclusions.map((exclusion) => exclusion.event),
          ),
    exclusionFrom,
    exclusionTo,
  };
}
