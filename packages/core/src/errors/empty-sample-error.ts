import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.empty-sample";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"EMPTY_SAMPLE"`) when a rate or mean is asked of nothing: an empty score array, a
 * conversion rate with a total of 0, or scores that were all skipped or excluded. A share of zero
 * answers is not 0 %, it is unknown, so journeykit does not make one up. `measure` names the
 * function and `argument` the input that was empty.
 *
 * @example
 * ```ts
 * import { EmptySampleError, conversionRate } from "@journeykit/core";
 *
 * try {
 *   conversionRate(0, 0);
 * } catch (error) {
 *   if (EmptySampleError.isInstance(error)) console.log(error.argument); // "total"
 * }
 * ```
 */
export class EmptySampleError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The function that needed data, such as `"nps"`. */
  readonly measure: string;
  /** The argument that held no usable value, such as `"scores"` or `"total"`. */
  readonly argument: string;

  /** What the argument held instead, completing "`argument` ...", such as `"is empty"`. */
  readonly problem: string;

  constructor({ measure, argument, problem }: { measure: string; argument: string; problem: string }) {
    super({
      code: "EMPTY_SAMPLE",
      message: `${measure} needs at least one observation, but ${argument} ${problem}. A rate of nothing is unknown, not zero: check the input, or report "no data" for this measure.`,
    });
    this.name = "EmptySampleError";
    this.measure = measure;
    this.argument = argument;
    this.problem = problem;
  }

  /**
   * Whether `error` is an {@link EmptySampleError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * EmptySampleError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is EmptySampleError {
    return JourneykitError.hasMarker(error, marker);
  }
}
