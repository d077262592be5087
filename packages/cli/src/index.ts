export { CliError, EXIT_CODES, usageError } from "./cli-error";
export { type CliIo, processIo } from "./cli-io";
export { type CommandOptions, run } from "./main";
