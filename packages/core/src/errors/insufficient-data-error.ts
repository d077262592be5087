import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.insufficient-data";
const symbol = Symbol.for(marker);

/**
 * What an {@link InsufficientDataError} is built from.
 *
 * @example
 * ```ts
 * const options: InsufficientDataErrorOptions = {
 *   analysis: "Markov attribution",
 *   requirement: "non-converting paths",
 *   found: "0 non-converting paths among 12 converting ones",
 *   fix: "Keep customers who did not convert in the log.",
 * };
 * ```
 */
export interface InsufficientDataErrorOptions {
  /** The analysis that cannot run, e.g. `"Markov attribution"`. */
  readonly analysis: string;
  /** What it needs that the data lacks. */
  readonly requirement: string;
  /** What was found instead, with the numbers. */
  readonly found: string;
  /** How to fix the input, or what to use instead. */
  readonly fix: string;
}

/**
 * Thrown (code `"INSUFFICIENT_DATA"`) when the input is well formed but lacks what an analysis
 * needs to give a meaningful answer, such as Markov attribution on a log without one
 * non-converting path: it would credit every touchpoint as if nothing were ever lost.
 *
 * @example
 * ```ts
 * import { InsufficientDataError, attribution } from "@journeykit/core";
 *
 * try {
 *   attribution(convertersOnly, { conversion: "purchase", model: "markov" });
 * } catch (error) {
 *   if (InsufficientDataError.isInstance(error)) console.log(error.requirement); // "non-converting paths ..."
 * }
 * ```
 */
export class InsufficientDataError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The analysis that cannot run. */
  readonly analysis: string;
  /** What it needs that the data lacks. */
  readonly requirement: string;
  /** What was found instead. */
  readonly found: string;

  constructor({ analysis, requirement, found, fix }: InsufficientDataErrorOptions) {
    super({
      code: "INSUFFICIENT_DATA",
      message: `${analysis} needs ${requirement}, but found ${found}. ${fix}`,
    });
    this.name = "InsufficientDataError";
    this.analysis = analysis;
    this.requirement = requirement;
    this.found = found;
  }

  /**
   * Whether `error` is an {@link InsufficientDataError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * InsufficientDataError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is InsufficientDataError {
    return JourneykitError.hasMarker(error, marker);
  }
}
