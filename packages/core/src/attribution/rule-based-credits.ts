import { ExactSum } from "../util/exact-sum";
import type { ResolvedAttributionModel } from "./attribution-options";
import type { AttributionPaths } from "./collect-paths";
import { longestPath, walkPaths } from "./path-walker";

/** A rule-based model with its parameters resolved. */
export type RuleBasedModel = Exclude<ResolvedAttributionModel, { readonly name: "markov" }>;

/**
 * Shares each conversion (its amount) out over the touches of its path with the model's weights,
 * which sum to 1 on every path, and totals the credit per label with exactly rounded sums.
 * Returns one total per label code, the last being the no-touchpoint label.
 */
export function ruleBasedCredits(
  paths: AttributionPaths,
  model: RuleBasedModel,
  labelCount: number,
  collapseRepeats: boolean,
): number[] {
  const credits = Array.from({ length: labelCount + 1 }, () => new ExactSum());
  const give = (label: number, credit: number) => (credits[label] as ExactSum).add(credit);
  const weights = new Float64Array(Math.max(1, longestPath(paths)));
  walkPaths(paths, collapseRepeats, labelCount, (labels, times, length, path) => {
    const amount = paths.amount[path] as number;
    if (amount === 0) return;
    switch (model.name) {
      case "first-touch":
        give(labels[0] as number, amount);
        return;
      case "last-touch":
        give(labels[length - 1] as number, amount);
        return;
      case "linear":
        for (let touch = 0; touch < length; touch += 1) give(labels[touch] as number, amount / length);
        return;
      case "time-decay": {
        const at = paths.time[path] as number;
        let sum = 0;
        for (let touch = 0; touch < length; touch += 1) {
          const weight = 2 ** (-(at - (times[touch] as number)) / model.halfLife);
          weights[touch] = weight;
          sum += weight;
        }
        for (let touch = 0; touch < length; touch += 1) {
          give(labels[touch] as number, (amount * (weights[touch] as number)) / sum);
        }
        return;
      }
      case "position-based": {
        if (length === 1) {
          give(labels[0] as number, amount);
          return;
        }
        const ends = model.first + model.last;
        if (length === 2) {
          // No middle touch takes the middle share: the two ends split everything in the ratio
          // first : last (half each by default, and when both are 0).
          const firstShare = ends === 0 ? 0.5 : model.first / ends;
          give(labels[0] as number, amount * firstShare);
          give(labels[1] as number, amount * (1 - firstShare));
          return;
        }
        give(labels[0] as number, amount * model.first);
        give(labels[length - 1] as number, amount * model.last);
        const middle = (amount * (1 - ends)) / (length - 2);
        for (let touch = 1; touch < length - 1; touch += 1) give(labels[touch] as number, middle);
        return;
      }
    }
  });
  return credits.map((credit) => credit.value());
}
