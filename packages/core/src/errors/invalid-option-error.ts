import type { Issue } from "./issue";
import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.invalid-option";
const symbol = Symbol.for(marker);

/**
 * Thrown when an option passed to an analysis is invalid: a window of zero or less, an optional
 * first funnel step, a duration that cannot be read. `option` names the option as written
 * (e.g. `"window"` or `"steps[0].optional"`); when an options schema found several problems,
 * `issues` lists every one (paths from the options object), the first of them named by `option`.
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
  /** Every problem found, when the options were checked against a schema; else none. */
  readonly issues: readonly Issue[];

  constructor({
    option,
    problem,
    issues = [],
  }: { option: string; problem: string; issues?: readonly Issue[] }) {
    const more = issues.length > 1 ? ` (${issues.length - 1} more in error.issues)` : "";
    super({ code: "INVALID_OPTION", message: `Option "${option}" is invalid: ${problem}.${more}` });
    this.name = "InvalidOptionError";
    this.option = option;
    this.issues = issues;
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
