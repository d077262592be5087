import type { TimeSummary } from "./funnel-result";

/** A growable list of numbers (times in ms), appended without allocating per value. */
export class NumberList {
  length = 0;
  values = new Float64Array(64);

  push(value: number): void {
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

/** Linear interpolation between order statistics (type 7; DuckDB quantile_cont, numpy's default). */
function quantile(sorted: Float64Array, fraction: number): number {
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (position - below) * (high - low);
}

/** Quartiles, p90 and mean of the listed times; null for an empty list. */
export function summarizeTimes(list: NumberList): TimeSummary | null {
  if (list.length === 0) return null;
  const sorted = list.values.slice(0, list.length).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    p90: quantile(sorted, 0.9),
    mean: sum / sorted.length,
  };
}
