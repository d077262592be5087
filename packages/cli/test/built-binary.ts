import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureBuilt, repoRoot } from "../../../.config/ensure-built.mjs";

export const binPath = join(repoRoot, "packages/cli/dist/bin.js");

/** Runs the built `journeykit` binary and returns its exit code and output. */
export function runBinary(args: readonly string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 120_000,
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

export { ensureBuilt, repoRoot };
