import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.invalid-option";
const symbol = Symbol.for(marker);

/**
 * Thrown when an option passed to an analysis is invalid: a window of zero or less, an optional
 * first funnel step, a duration that cannot be read. `option` names the option as written
 * (e.g. `"window"` or `"steps[0].optional"`).
 *
 * @example
 * ```ts
 * try {
 *   parseDuration("soon", "window");
 * } catch (error) {
 *   if (InvalidOptionError.isInstance(error)) console.log(error.option); // "window"
 * }
 * ```
 */
export class InvalidOptionError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The option that is wrong, as a path such as `"steps[2].within"`. */
  readonly option: string;

  constructor({ option, problem }: { option: string; problem: string }) {
    super({ code: "INVALID_OPTION", message: `Option "${option}" is invalid: ${problem}.` });
    this.name = "InvalidOptionError";
    this.option = option;
  }

  /**
   * Whether `error` is an {@link InvalidOptionError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * InvalidOptionError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is InvalidOptionError {
    return JourneykitError.hasMarker(error, marker);
  }
}
