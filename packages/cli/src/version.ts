import { createRequire } from "node:module";

/**
 * This package's version, from its package.json (one folder up from both `src/` and `dist/`).
 */
export function cliVersion(): string {
  const manifest = createRequire(import.meta.url)("../package.json") as { version?: unknown };
  return String(manifest.version);
}
