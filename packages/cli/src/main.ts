import { parseArgs } from "node:util";
import { JourneykitError } from "@journeykit/core";
import { CliError, EXIT_CODES, usageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { funnelCommand } from "./commands/funnel";
import { mermaidCommand } from "./commands/mermaid";
import { reportCommand } from "./commands/report";
import { schemaCommand } from "./commands/schema";
import { validateCommand } from "./commands/validate";
import { HELP } from "./help";
import { cliVersion } from "./version";

type Command = (positionals: readonly string[], io: CliIo, options: CommandOptions) => Promise<number>;

/**
 * Options parsed from the command line, shared by every command.
 *
 * @example
 * ```ts
 * const options: CommandOptions = { template: "b2c-ecommerce", locale: "nb", json: true };
 * ```
 */
export type CommandOptions = Readonly<Record<string, string | boolean | undefined>>;

const commands: Record<string, Command> = {
  report: reportCommand,
  funnel: funnelCommand,
  validate: validateCommand,
  mermaid: mermaidCommand,
  schema: schemaCommand,
};

const optionSpec = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  debug: { type: "boolean" },
  json: { type: "boolean" },
  template: { type: "string" },
  journey: { type: "string" },
  locale: { type: "string" },
  out: { type: "string", short: "o" },
  adapter: { type: "string" },
  engine: { type: "string" },
  steps: { type: "string" },
  window: { type: "string" },
  order: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "max-bad-records": { type: "string" },
  threads: { type: "string" },
  ignore: { type: "string" },
} as const;

/**
 * Runs the `journeykit` command line and resolves to its exit code: 0 when it worked, 1 for bad
 * input (a missing file, an invalid journey, an unreadable export), 2 for a wrong command line.
 * Errors are printed as one clear message; `--debug` adds the stack trace.
 *
 * @param argv - The arguments after the program name.
 * @param io - Where to write; {@link processIo} for the real process.
 * @returns The exit code.
 *
 * @example
 * ```ts
 * import { processIo, run } from "@journeykit/cli";
 *
 * process.exitCode = await run(["validate", "journey.json"], processIo());
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    const { values, positionals } = parseCommandLine(argv);
    const [name, ...rest] = positionals;
    if (values.version && name === undefined) {
      io.stdout(`${cliVersion()}\n`);
      return EXIT_CODES.ok;
    }
    if (values.help || name === undefined || name === "help") {
      io.stdout(HELP);
      return name === undefined && !values.help ? EXIT_CODES.usage : EXIT_CODES.ok;
    }
    const command = commands[name];
    if (command === undefined) {
      throw usageError(
        `Unknown command "${name}". Commands: ${Object.keys(commands).join(", ")}. See journeykit --help.`,
      );
    }
    return await command(rest, io, values);
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`${(error as Error).message}. See journeykit --help.`);
  }
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  const exitCode = CliError.isInstance(error) ? error.exitCode : EXIT_CODES.input;
  const message = JourneykitError.isInstance(error)
    ? error.message
    : `Unexpected error: ${error instanceof Error ? error.message : String(error)}. Run again with --debug for details.`;
  io.stderr(`journeykit: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return exitCode;
}
