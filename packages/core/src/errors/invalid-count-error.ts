import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.invalid-count";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"INVALID_COUNT"`) when a count passed to a rate is not a count: negative, not a
 * whole number, not finite, or more conversions than the total. `argument` names the argument,
 * `value` is the value as given.
 *
 * @example
 * ```ts
 * import { InvalidCountError, conversionRate } from "@journeykit/core";
 *
 * try {
 *   conversionRate(12, 10);
 * } catch (error) {
 *   if (InvalidCountError.isInstance(error)) console.log(error.argument, error.value); // "conversions" 12
 * }
 * ```
 */
export class InvalidCountError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The argument that is wrong, such as `"conversions"`. */
  readonly argument: string;
  /** The value as given. */
  readonly value: unknown;

  constructor({ argument, value, problem }: { argument: string; value: unknown; problem: string }) {
    super({
      code: "INVALID_COUNT",
      message: `Argument "${argument}" (${typeof value === "string" ? JSON.stringify(value) : String(value)}) is not a valid count: ${problem}.`,
    });
    this.name = "InvalidCountError";
    this.argument = argument;
    this.value = value;
  }

  /**
   * Whether `error` is an {@link InvalidCountError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * InvalidCountError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is InvalidCountError {
    return JourneykitError.hasMarker(error, marker);
  }
}
