import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.invalid-score";
const symbol = Symbol.for(marker);

function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return String(value);
  return `a ${Array.isArray(value) ? "array" : typeof value}`;
}

/**
 * Thrown (code `"INVALID_SCORE"`) when a survey score is not an answer the scale allows: 11 on
 * an NPS question, 7.5, `NaN`, a string. `index` is where it is in the input, counting from 0;
 * `value` is the value as given. Functions that read scores accept `{ onInvalid: "skip" }` to
 * skip such scores instead and report how many they skipped.
 *
 * @example
 * ```ts
 * import { InvalidScoreError, nps } from "@journeykit/core";
 *
 * try {
 *   nps([10, 9, 11]);
 * } catch (error) {
 *   if (InvalidScoreError.isInstance(error)) console.log(error.index, error.value); // 2 11
 * }
 * ```
 */
export class InvalidScoreError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** Where the score is in the input, counting from 0. */
  readonly index: number;
  /** The score as given. */
  readonly value: unknown;
  /** What the scale accepts, in words, such as `"an integer from 0 to 10"`. */
  readonly expected: string;

  constructor({
    index,
    value,
    expected,
    measure,
  }: { index: number; value: unknown; expected: string; measure: string }) {
    super({
      code: "INVALID_SCORE",
      message:
        `Score ${describeValue(value)} at index ${index} (counting from 0) is not a valid ${measure} answer: expected ${expected}. ` +
        'Fix the input, or pass { onInvalid: "skip" } to skip invalid scores and count them in the result\'s `skipped`.',
    });
    this.name = "InvalidScoreError";
    this.index = index;
    this.value = value;
    this.expected = expected;
  }

  /**
   * Whether `error` is an {@link InvalidScoreError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * InvalidScoreError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is InvalidScoreError {
    return JourneykitError.hasMarker(error, marker);
  }
}
