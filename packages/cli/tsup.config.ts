import { defineConfig } from "tsup";
import { baseTsupOptions } from "../../.config/tsup.base";

export default defineConfig({
  ...baseTsupOptions,
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  // Only the library entry has types; bin.ts is the executable.
  dts: { entry: { index: "src/index.ts" } },
  target: "node20",
  platform: "node",
  // import.meta.url finds package.json (the version); the shim gives it to the CommonJS build too.
  shims: true,
});
