import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

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

function isStale(): boolean {
  const packages = join(repoRoot, "packages");
  return (
    !existsSync(binPath) ||
    readdirSync(packages).some((name) => {
      const dist = join(packages, name, "dist/index.js");
      return !existsSync(dist) || statSync(dist).mtimeMs < newestSourceTime(join(packages, name, "src"));
    })
  );
}

/**
 * The CLI is tested as users run it: the built binary. Build the workspace first when the binary
 * is missing or older than any package source (a fresh clone running `pnpm test` alone). Test
 * files run in parallel workers, so a lock folder makes sure only one of them builds.
 */
export async function ensureBuilt(): Promise<void> {
  if (!isStale()) return;
  const lock = join(repoRoot, "node_modules", ".journeykit-test-build-lock");
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${lock}; remove it if no build is running.`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  try {
    if (isStale()) await promisify(execFile)("pnpm", ["build"], { cwd: repoRoot, timeout: 300_000 });
  } finally {
    rmdirSync(lock);
  }
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
