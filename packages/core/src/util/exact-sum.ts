/**
 * A running sum that is exactly rounded: the result is the true sum of every number added,
 * rounded once to the nearest double (Shewchuk's algorithm, as in Python's `math.fsum`).
 *
 * Analyses use it wherever a total must not depend on the order of the input: a plain `+=` over
 * the same numbers in another order can differ in the last bits, an exactly rounded sum cannot.
 * Only finite numbers far from overflow (below 1e300) are expected; analyses sum counts and money.
 */
export class ExactSum {
  // Non-overlapping partial sums, smallest magnitude first; their exact total is the sum.
  readonly #partials: number[] = [];

  add(value: number): void {
    const partials = this.#partials;
    let x = value;
    let kept = 0;
    for (let i = 0; i < partials.length; i += 1) {
      let y = partials[i] as number;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const high = x + y;
      const low = y - (high - x);
      if (low !== 0) {
        partials[kept] = low;
        kept += 1;
      }
      x = high;
    }
    partials.length = kept;
    partials.push(x);
  }

  /** The exactly rounded total of everything added so far. */
  value(): number {
    const partials = this.#partials;
    let n = partials.length;
    if (n === 0) return 0;
    n -= 1;
    let high = partials[n] as number;
    let low = 0;
    while (n > 0) {
      const x = high;
      n -= 1;
      const y = partials[n] as number;
      high = x + y;
      low = y - (high - x);
      if (low !== 0) break;
    }
    // Round half to even across the remaining partials: if what is left below pushes the same way
    // as `low`, the true sum is past the halfway point and `high` must move by one unit.
    const next = partials[n - 1];
    if (n > 0 && next !== undefined && ((low < 0 && next < 0) || (low > 0 && next > 0))) {
      const doubled = low * 2;
      const moved = high + doubled;
      if (doubled === moved - high) high = moved;
    }
    return high;
  }
}

/** The exactly rounded sum of `values`, whatever their order. */
export function exactSum(values: Iterable<number>): number {
  const sum = new ExactSum();
  for (const value of values) sum.add(value);
  return sum.value();
}
