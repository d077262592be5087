import type { Options } from "tsup";

/**
 * The build every published package shares: ESM and CJS with types and source maps, for any
 * runtime (`platform: "neutral"`), from the package's tsconfig.build.json. A package's
 * tsup.config.ts spreads this and adds its entries (and overrides what differs, as the CLI does
 * for Node), so a change to how we publish is made once.
 */
export const baseTsupOptions = {
  format: ["esm", "cjs"],
  // type-fest ships ES modules only, so a CommonJS consumer's .d.cts cannot import it (TS1479
  // under module node16); its types are inlined into ours instead, and users never install it.
  dts: { resolve: true },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  tsconfig: "tsconfig.build.json",
} satisfies Options;
