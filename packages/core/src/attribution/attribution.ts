import type * as z from "zod";
import { InsufficientDataError } from "../errors/insufficient-data-error";
import type { EventLog } from "../event-log/event-log";
import { compileEventMatcher } from "../matching/compile-event-matcher";
import { parseDuration } from "../model/parse-duration";
import { parseOptions } from "../options/parse-options";
import {
  type AttributionModelSchema,
  type AttributionOptions,
  AttributionOptionsSchema,
  type ResolvedAttributionModel,
} from "./attribution-options";
import { collectPaths } from "./collect-paths";
import { labelTouches, NO_TOUCHPOINT } from "./label-touches";
import { type MarkovDetails, markovCredits } from "./markov-credits";
import { ruleBasedCredits } from "./rule-based-credits";

/**
 * What {@link attribution} returns: plain data.
 *
 * @example
 * ```ts
 * const result: AttributionResult = attribution(log, { conversion: "purchase", model: "linear" });
 * result.credits; // [{ touchpoint: "email", credit: 1.5, share: 0.75 }, { touchpoint: "search", credit: 0.5, share: 0.25 }]
 * ```
 */
export interface AttributionResult {
  /** The model, with its parameters. */
  readonly model: ResolvedAttributionModel;
  /** Whether `total` counts conversions or sums their values. */
  readonly value: "count" | "value";
  /** The number of conversions, or the sum of their values; the credits add up to it. */
  readonly total: number;
  /** How many paths there were. */
  readonly paths: {
    /** One per conversion event. */
    readonly converting: number;
    /** One per customer with touches after their last conversion (or with touches and none). */
    readonly nonConverting: number;
    /** Conversions with no touch in the lookback window; their credit goes to `"(no touchpoint)"`. */
    readonly withoutTouchpoint: number;
  };
  /**
   * Credit per touchpoint, highest first (ties by name): `credit` in conversions (or value),
   * `share` = credit / total. Every touchpoint seen on a path is listed, with 0 if it earned
   * nothing; `"(no touchpoint)"` is listed when some conversion had no touch.
   */
  readonly credits: readonly {
    readonly touchpoint: string;
    readonly credit: number;
    readonly share: number;
  }[];
  /** For the Markov model: the chain, the conversion probability and the removal effects. */
  readonly markov?: MarkovDetails;
}

function resolveModel(model: z.output<typeof AttributionModelSchema>): ResolvedAttributionModel {
  if (typeof model === "string") {
    if (model === "time-decay") return { name: model, halfLife: parseDuration("7d", "model.halfLife") };
    if (model === "position-based") return { name: model, first: 0.4, last: 0.4 };
    if (model === "markov") return { name: model, order: 1 };
    return { name: model };
  }
  if (model.name === "time-decay")
    return { name: model.name, halfLife: parseDuration(model.halfLife, "model.halfLife") };
  return model;
}

/**
 * Shares out conversions over the touchpoints that led to them, with a rule-based model or a
 * Markov chain.
 *
 * Each conversion event has a path: the customer's touches (events with a touchpoint label, see
 * `touchpoint`) from `lookback` before the conversion up to its time, in log order. Earlier
 * conversions do not cut a path short (as in Google Analytics). A conversion without touches is
 * credited to `"(no touchpoint)"`. The models:
 *
 * - `first-touch` / `last-touch`: everything to the first / last touch;
 * - `linear`: 1/n to each of the n touches;
 * - `time-decay`: weights 2^(-(conversion time - touch time) / halfLife), normalised per path;
 * - `position-based`: `first` (0.4) to the first touch, `last` (0.4) to the last, the rest split
 *   over the middle; a one-touch path gives it everything, a two-touch path splits in the ratio
 *   first : last (50/50 by default);
 * - `markov`: a chain over (start), touch states, (conversion) and (null), built from converting
 *   and non-converting paths (a customer's touches after their last conversion). The removal
 *   effect RE_c = 1 - P(conversion | c removed) / P(conversion) is computed exactly, by solving
 *   the chain's linear system, and credit_c = total x RE_c / sum(RE).
 *
 * For every model the credits add up to the number of conversions (or their total value). Totals
 * are exactly rounded sums, so the result does not depend on the order of customers in the input.
 *
 * @param log - The events: touches and conversions.
 * @param options - See {@link AttributionOptionsSchema}.
 * @returns Credits per touchpoint, path counts and, for Markov, the chain.
 * @throws {@link InvalidOptionError} for invalid options, naming the option (`"lookback"` for a
 * lookback of 0 or less), and in `value` mode for a conversion without a value.
 * @throws {@link InsufficientDataError} for the Markov model when no path is non-converting.
 *
 * @example
 * ```ts
 * import { EventLog, attribution } from "@journeykit/core";
 *
 * const day = 86_400_000;
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 0, name: "session_start", channel: "search" },
 *   { customerId: "ann", timestamp: day, name: "session_start", channel: "email" },
 *   { customerId: "ann", timestamp: day + 60_000, name: "purchase", value: 80 },
 *   { customerId: "bob", timestamp: 0, name: "session_start", channel: "email" },
 * ]);
 * const linear = attribution(log, { conversion: "purchase", model: "linear" });
 * linear.credits; // [{ touchpoint: "email", credit: 0.5, share: 0.5 }, { touchpoint: "search", credit: 0.5, share: 0.5 }]
 * const markov = attribution(log, { conversion: "purchase", model: "markov" });
 * markov.markov?.conversionProbability; // 0.5
 * markov.markov?.removalEffects.map((e) => e.removalEffect); // [1, 0.5] (email, search)
 * markov.credits; // [{ touchpoint: "email", credit: 0.6666666666666666, share: ... }, { touchpoint: "search", credit: 0.3333333333333333, share: ... }]
 * ```
 */
export function attribution(log: EventLog, options: AttributionOptions): AttributionResult {
  const parsed = parseOptions(AttributionOptionsSchema, options);
  const lookback = parseDuration(parsed.lookback, "lookback");
  const model = resolveModel(parsed.model);
  const isConversion = compileEventMatcher(log, parsed.conversion);
  const touchLabels = labelTouches(log, parsed.touchpoint, isConversion);
  const { labels } = touchLabels;
  const paths = collectPaths(log, { labels: touchLabels, lookback, byValue: parsed.value === "value" });
  const named = [...labels, NO_TOUCHPOINT];
  let credits: number[];
  let markov: MarkovDetails | undefined;
  if (model.name === "markov") {
    if (paths.nonConverting === 0) {
      throw new InsufficientDataError({
        analysis: "Markov attribution",
        requirement:
          "non-converting paths (customers whose touches led to no conversion), to learn how often a touchpoint leads nowhere",
        found: `0 non-converting paths among ${paths.converting} converting ones`,
        fix: "Keep customers who did not convert in the log (filtering it to converters removes them), or use a rule-based model.",
      });
    }
    ({ credits, details: markov } = markovCredits(paths, model.order, named, parsed.collapseRepeats));
  } else {
    credits = ruleBasedCredits(paths, model, labels.length, parsed.collapseRepeats);
  }
  const rows = named
    .map((touchpoint, label) => {
      const credit = credits[label] ?? 0;
      return { touchpoint, credit, share: paths.total === 0 ? 0 : credit / paths.total };
    })
    .filter((_, label) => (label === labels.length ? paths.withoutTouchpoint > 0 : paths.seen[label] === 1))
    .sort(
      (a, b) =>
        b.credit - a.credit || (a.touchpoint < b.touchpoint ? -1 : a.touchpoint > b.touchpoint ? 1 : 0),
    );
  return {
    model,
    value: parsed.value,
    total: paths.total,
    paths: {
      converting: paths.converting,
      nonConverting: paths.nonConverting,
      withoutTouchpoint: paths.withoutTouchpoint,
    },
    credits: rows,
    ...(markov === undefined ? {} : { markov }),
  };
}
