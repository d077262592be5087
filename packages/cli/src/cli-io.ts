/**
 * Where the CLI reads and writes, so that it can run inside tests and other programs.
 *
 * @example
 * ```ts
 * const io: CliIo = {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 *   stderrIsTTY: false,
 *   cwd: process.cwd(),
 * };
 * ```
 */
export interface CliIo {
  /** Writes results (tables, JSON, Mermaid text). */
  readonly stdout: (text: string) => void;
  /** Writes messages and progress. */
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress bars are drawn only then. */
  readonly stderrIsTTY: boolean;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
}

/**
 * The process's own streams and folder.
 *
 * @example
 * ```ts
 * await run(["schema"], processIo());
 * ```
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}
