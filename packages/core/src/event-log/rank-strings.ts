/**
 * The strings of a table in UTF-16 code-unit order (plain `<`, as `Array.prototype.sort` without
 * a comparator), and the rank of each: how the event log numbers customers and names so that
 * their indexes depend on the ids alone, not on the order events came in. The table is sorted
 * once through its indexes, so remapping a column costs one lookup per event.
 */
export function rankStrings(values: readonly string[]): { sorted: string[]; rank: Uint32Array } {
  const byText = Array.from(values.keys()).sort((a, b) => {
    const left = values[a] as string;
    const right = values[b] as string;
    return left < right ? -1 : left > right ? 1 : a - b;
  });
  const rank = new Uint32Array(values.length);
  byText.forEach((code, position) => {
    rank[code] = position;
  });
  return { sorted: byText.map((code) => values[code] as string), rank };
}
