import type { CompiledEventMatchers } from "../matching/compile-event-matchers";

/** The steps event `index` matches, as bits; the name table answers unless a condition must be read. */
export function maskOf(
  matchers: CompiledEventMatchers,
  names: Uint16Array | Uint32Array,
  index: number,
): number {
  const name = names[index] as number;
  return matchers.needsCheck[name] === 1 ? matchers.mask(index) : (matchers.nameMask[name] as number);
}
