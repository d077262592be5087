import { JourneykitError } from "@journeykit/core";

const marker = "journeykit.error.cli";
const symbol = Symbol.for(marker);

/**
 * The exit codes of the `journeykit` command.
 *
 * @example
 * ```ts
 * process.exitCode = EXIT_CODES.usage; // 2
 * ```
 */
export const EXIT_CODES = {
  /** Everything worked. */
  ok: 0,
  /** The input was wrong: a missing or unreadable file, an invalid journey, an unreadable export. */
  input: 1,
  /** The command line was wrong: an unknown command, option, template or locale. */
  usage: 2,
} as const;

/**
 * An error the CLI reports as one clear line (no stack trace unless `--debug`) and an exit code.
 *
 * @example
 * ```ts
 * throw new CliError({ message: "Unknown template \"b2x\"; try b2c-ecommerce.", exitCode: EXIT_CODES.usage });
 * ```
 */
export class CliError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** The process exit code to end with. */
  readonly exitCode: number;

  constructor({ message, exitCode, cause }: { message: string; exitCode: number; cause?: unknown }) {
    super({ code: exitCode === EXIT_CODES.usage ? "CLI_USAGE" : "CLI_INPUT", message, cause });
    this.name = "CliError";
    this.exitCode = exitCode;
  }

  /**
   * Whether `error` is a {@link CliError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * CliError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is CliError {
    return JourneykitError.hasMarker(error, marker);
  }
}

/**
 * A {@link CliError} for a wrong command line (exit code 2).
 *
 * @example
 * ```ts
 * throw usageError("funnel needs --steps, e.g. --steps view_item,add_to_cart,purchase");
 * ```
 */
export function usageError(message: string): CliError {
  return new CliError({ message, exitCode: EXIT_CODES.usage });
}
