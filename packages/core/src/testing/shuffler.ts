import { seededRandom } from "./garbage-inputs";

/**
 * The `shuffle` handed to a {@link RecordReorderer} in round `round` (from 0): the reverse order
 * in round 0, so that the first order tried is surely another one, and a seeded Fisher-Yates
 * shuffle after that, so every run of the kit tries the same orders.
 */
export function shuffler(round: number): <T>(items: readonly T[]) => T[] {
  return <T>(items: readonly T[]): T[] => {
    if (round === 0) return [...items].reverse();
    const random = seededRandom(0x5eed + round);
    const shuffled = [...items];
    for (let index = shuffled.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
    }
    return shuffled;
  };
}
