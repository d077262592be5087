import { defineConfig } from "tsup";
import { baseTsupOptions } from "../../.config/tsup.base";

export default defineConfig({
  ...baseTsupOptions,
  entry: {
    index: "src/index.ts",
    adapter: "src/adapter/index.ts",
    schemas: "src/schemas.ts",
    stats: "src/stats/index.ts",
    testing: "src/testing/index.ts",
    internal: "src/internal.ts",
  },
  // Entries share chunks in CommonJS too (esbuild splits only ESM unless asked), so a class that
  // two entries export is one class: an error thrown by /adapter code is `instanceof` the root's.
  splitting: true,
  // Members tagged @internal (EventLog.fromData) are the builder's, not the published API.
  dts: { ...baseTsupOptions.dts, compilerOptions: { stripInternal: true } },
  external: ["vitest"],
});
