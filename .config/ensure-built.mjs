// Tests of what users run (the CLI binary, the GA4 reader's worker threads) need the built
// packages. ensureBuilt() builds the workspace when a package's build is missing or older than
// its sources (a fresh clone running `pnpm test` alone). Test files run in parallel workers, so
// a lock folder makes sure only one of them builds.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

function newestSourceTime(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith(".ts") && !entry.name.includes(".test"))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  const packages = join(repoRoot, "packages");
  return (
    !existsSync(join(packages, "cli/dist/bin.js")) ||
    readdirSync(packages).some((name) => {
      const dist = join(packages, name, "dist/index.js");
      return !existsSync(dist) || statSync(dist).mtimeMs < newestSourceTime(join(packages, name, "src"));
    })
  );
}

export async function ensureBuilt() {
  if (!isStale()) return;
  const lock = join(repoRoot, "node_modules", ".journeykit-test-build-lock");
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}; remove it if no build is running.`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  try {
    if (isStale()) await promisify(execFile)("pnpm", ["build"], { cwd: repoRoot, timeout: 300_000 });
  } finally {
    rmdirSync(lock);
  }
}
