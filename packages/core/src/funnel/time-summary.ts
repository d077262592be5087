import type { TimeSummary } from "./funnel-result";

/** A growable list of numbers (times in ms), appended without allocating per value. */
export class NumberList {
  length = 0;
  sum = 0;
  values = new Float64Array(64);

  push(value: number): void {
    this.sum += value;
    if (this.length === this.values.length) {
      const larger = new Float64Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  append(other: NumberList): void {
    for (let i = 0; i < other.length; i += 1) this.push(other.values[i] as number);
  }
}

/**
 * Puts the values of `values[low..high]` that have the ranks `ranks[first..last]` (ascending) in
 * their sorted positions, by partitioning (Hoare, median-of-three pivot) and recursing only into
 * the parts that hold a wanted rank: expected O(n) for a handful of ranks, with no full sort.
 */
function selectRanks(
  values: Float64Array,
  low: number,
  high: number,
  ranks: number[],
  first: number,
  last: number,
): void {
  let from = low;
  let firstRank = first;
  while (firstRank <= last && from < high) {
    if (high - from < 16) {
      for (let i = from + 1; i <= high; i += 1) {
        const value = values[i] as number;
        let j = i - 1;
        while (j >= from && (values[j] as number) > value) {
          values[j + 1] = values[j] as number;
          j -= 1;
        }
        values[j + 1] = value;
      }
      return;
    }
    const a = values[from] as number;
    const b = values[(from + high) >>> 1] as number;
    const c = values[high] as number;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)); // the median of the three
    let i = from;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    // Now values[from..j] <= pivot <= values[i..high], and everything between equals the pivot.
    let left = firstRank;
    while (left <= last && (ranks[left] as number) <= j) left += 1;
    let right = left;
    while (right <= last && (ranks[right] as number) < i) right += 1;
    selectRanks(values, from, j, ranks, firstRank, left - 1);
    from = i;
    firstRank = right;
  }
}

/**
 * Quartiles, p90 and mean of the listed times, or null for an empty list. Quantiles interpolate
 * linearly between order statistics (type 7; DuckDB's quantile_cont, numpy's default), found by
 * selection rather than a full sort. Reorders the list's values: call it last.
 */
export function summarizeTimes(list: NumberList): TimeSummary | null {
  const n = list.length;
  if (n === 0) return null;
  const { values } = list;
  const fractions = [0.25, 0.5, 0.75, 0.9];
  const ranks = [
    ...new Set(
      fractions.flatMap((f) => [Math.floor((n - 1) * f), Math.min(Math.floor((n - 1) * f) + 1, n - 1)]),
    ),
  ].sort((x, y) => x - y);
  selectRanks(values, 0, n - 1, ranks, 0, ranks.length - 1);
  const sum = list.sum;
  const quantile = (fraction: number) => {
    const position = (n - 1) * fraction;
    const below = Math.floor(position);
    const lower = values[below] as number;
    const upper = values[Math.min(below + 1, n - 1)] as number;
    return lower + (position - below) * (upper - lower);
  };
  return {
    count: n,
    median: quantile(0.5),
    p25: quantile(0.25),
    p75: quantile(0.75),
    p90: quantile(0.9),
    mean: sum / n,
  };
}
