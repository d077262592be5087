const marker = "journeykit.error";
const symbol = Symbol.for(marker);

/**
 * Options accepted by every {@link JourneykitError} constructor.
 *
 * @example
 * ```ts
 * const options: JourneykitErrorOptions = { code: "MY_ADAPTER_OFFLINE", message: "The source is offline; retry later." };
 * throw new JourneykitError(options);
 * ```
 */
export interface JourneykitErrorOptions {
  /** A stable, machine-readable code such as `"JOURNEY_VALIDATION"`; callers branch on it. */
  readonly code: string;
  /** What was wrong, where, and how to fix it. */
  readonly message: string;
  /** The underlying error, kept so that no stack trace is thrown away. */
  readonly cause?: unknown;
}

/**
 * The base class of every error journeykit throws.
 *
 * Each error carries a stable `code`. Use the static `isInstance` checks rather than `instanceof`:
 * they recognise errors by a `Symbol.for` marker, so they keep working when two copies of
 * journeykit are installed side by side (for example a CLI and a plugin each bundling its own).
 *
 * @example
 * ```ts
 * import { JourneykitError, defineJourney } from "@journeykit/core";
 *
 * try {
 *   defineJourney({ format: "journeykit/v1", id: "x", name: "X", version: "1", stages: [] });
 * } catch (error) {
 *   if (JourneykitError.isInstance(error)) console.log(error.code); // "JOURNEY_VALIDATION"
 * }
 * ```
 */
export class JourneykitError extends Error {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** A stable, machine-readable code; it never changes between minor versions. */
  readonly code: string;

  constructor({ code, message, cause }: JourneykitErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "JourneykitError";
    this.code = code;
  }

  /**
   * Whether `error` is a journeykit error, from this copy of the library or any other.
   *
   * @example
   * ```ts
   * JourneykitError.isInstance(new Error("plain")); // false
   * ```
   */
  static isInstance(error: unknown): error is JourneykitError {
    return JourneykitError.hasMarker(error, marker);
  }

  /**
   * Whether `error` carries the `Symbol.for(markerName)` marker; subclasses build their own
   * `isInstance` on it.
   *
   * @example
   * ```ts
   * JourneykitError.hasMarker(new Error("plain"), "journeykit.error"); // false
   * ```
   */
  protected static hasMarker(error: unknown, markerName: string): boolean {
    const markerSymbol = Symbol.for(markerName);
    return (
      error != null &&
      typeof error === "object" &&
      markerSymbol in error &&
      (error as Record<symbol, unknown>)[markerSymbol] === true
    );
  }
}
