import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const binPath = join(repoRoot, "packages/cli/dist/bin.js");

function newestSourceTime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith(".ts") && !entry.name.includes(".test"))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The CLI is tested as users run it: the built binary. Build the workspace first when the binary
 * is missing or older than any package source (a fresh clone running `pnpm test` alone).
 */
export function ensureBuilt(): void {
  const packages = join(repoRoot, "packages");
  const stale =
    !existsSync(binPath) ||
    readdirSync(packages).some((name) => {
      const dist = join(packages, name, "dist/index.js");
      return !existsSync(dist) || statSync(dist).mtimeMs < newestSourceTime(join(packages, name, "src"));
    });
  if (stale) execFileSync("pnpm", ["build"], { cwd: repoRoot, stdio: "ignore", timeout: 300_000 });
}

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

export { repoRoot };
