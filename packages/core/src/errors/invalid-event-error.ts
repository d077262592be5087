import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.invalid-event";
const symbol = Symbol.for(marker);

/**
 * Thrown when an event handed to `EventLog.from` (or `fromAsync`, `fromColumns`) cannot be used:
 * a missing customer id, a timestamp that is not a finite number, a missing name. Nothing is
 * dropped silently: the whole build stops at the first bad event and names it.
 *
 * @example
 * ```ts
 * try {
 *   EventLog.from([{ customerId: "c1", timestamp: Number.NaN, name: "view_item" }]);
 * } catch (error) {
 *   if (InvalidEventError.isInstance(error)) console.log(error.index, error.field); // 0 "timestamp"
 * }
 * ```
 */
export class InvalidEventError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The position of the event in the input, counting from 0. */
  readonly index: number;
  /** The field that is wrong: `customerId`, `timestamp`, `name`, `sessionId`, ... */
  readonly field: string;

  constructor({ index, field, problem }: { index: number; field: string; problem: string }) {
    super({
      code: "INVALID_EVENT",
      message: `Event ${index} (counting from 0) has an invalid ${field}: ${problem}.`,
    });
    this.name = "InvalidEventError";
    this.index = index;
    this.field = field;
  }

  /**
   * Whether `error` is an {@link InvalidEventError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * InvalidEventError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is InvalidEventError {
    return JourneykitError.hasMarker(error, marker);
  }
}
