import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.invalid-feedback";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"INVALID_FEEDBACK"`) when a feedback response has the wrong shape: not an
 * object, `tags` that are not an array of non-empty strings, a `customerId` or `stage` that is
 * not a non-empty string. `index` is the response's position (from 0) and `field` the field at
 * fault. (A bad score is an `InvalidScoreError`.)
 *
 * @example
 * ```ts
 * import { InvalidFeedbackError, categorizeFeedback } from "@journeykit/core";
 *
 * try {
 *   categorizeFeedback([{ score: 9, tags: "slow-delivery" }]);
 * } catch (error) {
 *   if (InvalidFeedbackError.isInstance(error)) console.log(error.index, error.field); // 0 "tags"
 * }
 * ```
 */
export class InvalidFeedbackError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The response's position in the input, counting from 0. */
  readonly index: number;
  /** The field that is wrong (`"tags"`, `"customerId"`, `"stage"`), or `"(response)"` for the whole response. */
  readonly field: string;

  constructor({ index, field, problem }: { index: number; field: string; problem: string }) {
    super({
      code: "INVALID_FEEDBACK",
      message:
        `Feedback response ${index} (counting from 0) has an invalid ${field}: ${problem}. ` +
        'Fix the response, or pass { onInvalid: "skip" } to skip bad responses and count them in `skipped`.',
    });
    this.name = "InvalidFeedbackError";
    this.index = index;
    this.field = field;
  }

  /**
   * Whether `error` is an {@link InvalidFeedbackError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * InvalidFeedbackError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is InvalidFeedbackError {
    return JourneykitError.hasMarker(error, marker);
  }
}
