import fc from "fast-check";

/**
 * A list from `lists` together with the same items in a random order, for the property that a
 * result does not depend on the order of its input.
 */
export function listAndShuffled<T>(lists: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return lists.chain((list) =>
    fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
  );
}
