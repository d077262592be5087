/**
 * The sequence stored at `index` of sequence columns, or `undefined` when it has none. Entries
 * stop at the first NaN: trailing NaNs are the columns of longer sequences.
 */
export function sequenceAt(
  columns: readonly Float64Array[] | undefined,
  index: number,
): number[] | undefined {
  if (columns === undefined || columns.length === 0) return undefined;
  const entries: number[] = [];
  for (const column of columns) {
    const entry = column[index] as number;
    if (Number.isNaN(entry)) break;
    entries.push(entry);
  }
  return entries.length === 0 ? undefined : entries;
}
