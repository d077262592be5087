/**
 * Orders strings by UTF-16 code units, the same in every locale and runtime (`localeCompare`
 * is not), so that sorted results are reproducible.
 */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders name sequences element by element, a shorter prefix first. */
export function compareNameLists(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i += 1) {
    const order = compareNames(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
