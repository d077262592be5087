import { InvalidOptionError } from "../errors/invalid-option-error";
import type { AttributionPaths } from "./collect-paths";
import { walkPaths } from "./path-walker";
import { solveLinearSystem } from "./solve-linear-system";

const CONVERSION = -1;
const NULL = -2;

/**
 * The Markov chain of an attribution and what removing each touchpoint does to it.
 *
 * @example
 * ```ts
 * const { markov } = attribution(log, { conversion: "purchase", model: "markov" });
 * markov?.conversionProbability; // 0.5
 * markov?.removalEffects[0]; // { touchpoint: "email", removalEffect: 1, conversionProbabilityWithout: 0 }
 * ```
 */
export interface MarkovDetails {
  /** How many of the last touches a state remembers. */
  readonly order: number;
  /** The probability of reaching `(conversion)` from `(start)`. */
  readonly conversionProbability: number;
  /**
   * Per touchpoint (sorted by name), `removalEffect` = 1 - P(conversion with it removed) /
   * P(conversion), where removing it sends every transition into it to `(null)`.
   */
  readonly removalEffects: readonly {
    readonly touchpoint: string;
    readonly removalEffect: number;
    readonly conversionProbabilityWithout: number;
  }[];
  /**
   * The transition matrix: `probabilities[i][j]` is the probability of moving from `states[i]` to
   * `states[j]`. States are `(start)`, the touch states (a touchpoint, or for order k up to k
   * touchpoints joined by `" > "`), `(conversion)` and `(null)`; the last two are absorbing.
   */
  readonly transitionMatrix: {
    readonly states: readonly string[];
    readonly probabilities: readonly (readonly number[])[];
  };
}

interface Chain {
  /** Per state, the labels it remembers; state 0 is the start, with none. */
  readonly tuples: readonly (readonly number[])[];
  /** Per state, transition counts to other states, CONVERSION or NULL. */
  readonly counts: readonly Map<number, number>[];
}

/**
 * Counts transitions over every path: (start), then the state after each touch, then
 * (conversion) for a converting path or (null) for another. A state is the last `order` labels.
 */
function countTransitions(
  paths: AttributionPaths,
  order: number,
  labelCount: number,
  collapseRepeats: boolean,
): Chain {
  const base = labelCount + 2;
  if (base ** order > Number.MAX_SAFE_INTEGER) {
    throw new InvalidOptionError({
      option: "model.order",
      problem: `order ${order} with ${labelCount + 1} touchpoints gives too many states; use a lower order`,
    });
  }
  const stateOfKey = new Map<number, number>([[0, 0]]);
  const tuples: number[][] = [[]];
  const counts: Map<number, number>[] = [new Map()];
  const count = (from: number, to: number) => {
    const row = counts[from] as Map<number, number>;
    row.set(to, (row.get(to) ?? 0) + 1);
  };
  walkPaths(paths, collapseRepeats, labelCount, (labels, _times, length, path) => {
    let previous = 0;
    for (let touch = 0; touch < length; touch += 1) {
      const first = Math.max(0, touch - order + 1);
      let key = 0;
      for (let k = first; k <= touch; k += 1) key = key * base + (labels[k] as number) + 1;
      let state = stateOfKey.get(key);
      if (state === undefined) {
        state = tuples.length;
        stateOfKey.set(key, state);
        tuples.push(Array.from(labels.subarray(first, touch + 1)));
        counts.push(new Map());
      }
      count(previous, state);
      previous = state;
    }
    count(previous, paths.converted[path] === 1 ? CONVERSION : NULL);
  });
  return canonicalOrder({ tuples, counts });
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k += 1) {
    if (a[k] !== b[k]) return (a[k] as number) - (b[k] as number);
  }
  return a.length - b.length;
}

/**
 * Renumbers states by their labels (start first), so that the linear systems, and so the last
 * bits of every probability, do not depend on which customer came first in the input.
 */
function canonicalOrder(chain: Chain): Chain {
  const order = chain.tuples.map((_, state) => state);
  order.sort((a, b) =>
    a === 0 ? -1 : b === 0 ? 1 : compareTuples(chain.tuples[a] ?? [], chain.tuples[b] ?? []),
  );
  const renumbered = new Int32Array(order.length);
  order.forEach((state, position) => {
    renumbered[state] = position;
  });
  const rename = (state: number) => (state < 0 ? state : (renumbered[state] as number));
  return {
    tuples: order.map((state) => chain.tuples[state] ?? []),
    counts: order.map(
      (state) =>
        new Map([...(chain.counts[state] ?? new Map<number, number>())].map(([to, n]) => [rename(to), n])),
    ),
  };
}

/**
 * P(reach conversion from start) when the states in `removed` lead to (null): the solution of
 * x = Q x + r over the states kept, with Q the transitions between transient states and r the
 * one-step conversion probabilities.
 */
function conversionProbability(
  transient: Float64Array,
  toConversion: Float64Array,
  size: number,
  removed: (state: number) => boolean,
): number {
  const kept: number[] = [];
  for (let state = 0; state < size; state += 1) if (state === 0 || !removed(state)) kept.push(state);
  const m = kept.length;
  const matrix = new Float64Array(m * m);
  const rhs = new Float64Array(m);
  kept.forEach((from, row) => {
    kept.forEach((to, column) => {
      matrix[row * m + column] = (row === column ? 1 : 0) - (transient[from * size + to] as number);
    });
    rhs[row] = toConversion[from] as number;
  });
  return solveLinearSystem(matrix, rhs, m)[0] as number;
}

/**
 * Markov attribution: the removal effect of every label from the exact absorption probabilities
 * of the chain, and credit = total x RE / sum(RE). Returns a credit per label code (the last
 * being the no-touchpoint label) and the details shown in the result.
 */
export function markovCredits(
  paths: AttributionPaths,
  order: number,
  labels: readonly string[],
  collapseRepeats: boolean,
): { credits: number[]; details: MarkovDetails } {
  const labelCount = labels.length - 1;
  const chain = countTransitions(paths, order, labelCount, collapseRepeats);
  const size = chain.tuples.length;
  const transient = new Float64Array(size * size);
  const toConversion = new Float64Array(size);
  const toNull = new Float64Array(size);
  chain.counts.forEach((row, from) => {
    let outgoing = 0;
    for (const n of row.values()) outgoing += n;
    for (const [to, n] of row) {
      const probability = outgoing === 0 ? 0 : n / outgoing;
      if (to === CONVERSION) toConversion[from] = probability;
      else if (to === NULL) toNull[from] = probability;
      else transient[from * size + to] = probability;
    }
  });
  const lastLabel = (state: number) => {
    const tuple = chain.tuples[state] ?? [];
    return tuple.length === 0 ? -1 : (tuple[tuple.length - 1] as number);
  };
  const withAll = conversionProbability(transient, toConversion, size, () => false);
  const present = [...new Set(chain.tuples.slice(1).map((tuple) => tuple[tuple.length - 1] as number))].sort(
    (a, b) => a - b,
  );
  const removalEffects = present.map((label) => {
    const without = conversionProbability(
      transient,
      toConversion,
      size,
      (state) => lastLabel(state) === label,
    );
    return {
      touchpoint: labels[label] as string,
      removalEffect: withAll === 0 ? 0 : 1 - without / withAll,
      conversionProbabilityWithout: without,
    };
  });
  const sumOfEffects = removalEffects.reduce((sum, effect) => sum + effect.removalEffect, 0);
  const credits = labels.map(() => 0);
  present.forEach((label, k) => {
    const effect = removalEffects[k]?.removalEffect ?? 0;
    credits[label] = sumOfEffects === 0 ? 0 : (paths.total * effect) / sumOfEffects;
  });
  const stateName = (tuple: readonly number[]) => tuple.map((label) => labels[label]).join(" > ");
  const states = ["(start)", ...chain.tuples.slice(1).map(stateName), "(conversion)", "(null)"];
  const probabilities = chain.tuples.map((_, from) => [
    ...Array.from(transient.subarray(from * size, (from + 1) * size)),
    toConversion[from] as number,
    toNull[from] as number,
  ]);
  probabilities.push(
    states.map((_, k) => (k === size ? 1 : 0)),
    states.map((_, k) => (k === size + 1 ? 1 : 0)),
  );
  return {
    credits,
    details: {
      order,
      conversionProbability: withAll,
      removalEffects: [...removalEffects].sort((a, b) =>
        a.touchpoint < b.touchpoint ? -1 : a.touchpoint > b.touchpoint ? 1 : 0,
      ),
      transitionMatrix: { states, probabilities },
    },
  };
}
