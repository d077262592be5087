import type * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { stepLabel } from "../matching/step-label";
import { parseDuration } from "../model/parse-duration";
import type { Step } from "../model/step";
import { parseOptions } from "../options/parse-options";
import { type FunnelOptions, FunnelOptionsSchema } from "./funnel-options";

type ParsedFunnelOptions = z.output<typeof FunnelOptionsSchema>;

/**
 * A funnel's options checked and resolved, without a log: what {@link index!funnel} runs over an
 * `EventLog`, and what other engines (SQL, another tool's funnel) need to compute the same funnel
 * and to summarise its counts with {@link summarizeFunnel}. Durations are in milliseconds.
 *
 * @example
 * ```ts
 * const plan: FunnelPlan = planFunnel({ steps: ["view_item", { name: "add_to_cart", optional: true }, "purchase"] });
 * plan.labels; // ["view_item", "add_to_cart", "purchase"]
 * plan.previousRequired; // [-1, 0, 0]
 * ```
 */
export interface FunnelPlan {
  /** The steps as parsed (strings or step objects). */
  readonly steps: readonly Step[];
  /** Per step, its `label`, or a label made from its event names (see `stepLabel`). */
  readonly labels: readonly string[];
  readonly optional: readonly boolean[];
  /**
   * Per step, the previous required step (-1 for step 0): the steps a step k can follow in an
   * attempt are k-1 down to it, and its rates are taken against it.
   */
  readonly previousRequired: readonly number[];
  /** Per step, the most milliseconds allowed since the previous step the attempt did; Infinity for none. */
  readonly within: readonly number[];
  /** The conversion window in milliseconds. */
  readonly window: number;
  readonly order: ParsedFunnelOptions["order"];
  readonly entry: ParsedFunnelOptions["entry"];
  readonly countBy: ParsedFunnelOptions["countBy"];
  /** Per exclusion, its event and the steps whose attempts it cuts: from `from` to `to - 1`. */
  readonly exclusions: readonly { readonly event: Step; readonly from: number; readonly to: number }[];
  readonly breakdown: ParsedFunnelOptions["breakdown"];
}

function reject(option: string, problem: string): never {
  throw new InvalidOptionError({ option, problem });
}

/** Checks what the schema cannot (durations, step positions, combinations) on parsed options. */
export function planParsedFunnel(options: ParsedFunnelOptions): FunnelPlan {
  const { steps, order, exclusions } = options;
  const stepCount = steps.length;
  const window = parseDuration(options.window, "window");
  const optional = steps.map((step) => typeof step === "object" && step.optional === true);
  const within: number[] = new Array(stepCount).fill(Number.POSITIVE_INFINITY);
  const previousRequired: number[] = new Array(stepCount).fill(-1);
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
  const resolvedExclusions = exclusions.map((exclusion, x) => {
    const [from, to] = exclusion.between ?? [0, stepCount - 1];
    if (from >= to || to >= stepCount) {
      reject(
        `exclusions[${x}].between`,
        `[${from}, ${to}] must name two steps of the funnel (0-based, from < to < ${stepCount})`,
      );
    }
    return { event: exclusion.event, from, to };
  });

  return {
    steps,
    labels: steps.map(stepLabel),
    optional,
    previousRequired,
    within,
    window,
    order,
    entry: options.entry,
    countBy: options.countBy,
    exclusions: resolvedExclusions,
    breakdown: options.breakdown,
  };
}

/**
 * Checks and resolves funnel options without a log: the same options fail here with the same
 * {@link index!InvalidOptionError} as in {@link index!funnel} (all but `countBy: "sessions"` on a log without
 * sessions, which only a log can tell). Use it to validate options before a query runs, or to
 * compute a funnel elsewhere (as `@journeykit/sql` does) and summarise it with
 * {@link summarizeFunnel}.
 *
 * @param options - See {@link FunnelOptions}; `steps` is required.
 * @returns The plan: labels, optional flags, previous required steps, durations in ms,
 * exclusions with their step positions, and the echoed options.
 * @throws {@link index!InvalidOptionError} naming the option, as {@link index!funnel} does.
 *
 * @example
 * ```ts
 * import { planFunnel } from "@journeykit/core/internal";
 *
 * const plan = planFunnel({ steps: ["view_item", { name: "purchase", within: "1d" }], window: "30d" });
 * plan.within; // [Infinity, 86_400_000]
 * plan.window; // 2_592_000_000
 * planFunnel({ steps: [{ name: "view_item", optional: true }] }); // throws InvalidOptionError (steps[0].optional)
 * ```
 */
export function planFunnel(options: FunnelOptions): FunnelPlan {
  return planParsedFunnel(parseOptions(FunnelOptionsSchema, options));
}
