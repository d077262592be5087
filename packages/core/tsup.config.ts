import { defineConfig } from "tsup";
import { baseTsupOptions } from "../../.config/tsup.base";

export default defineConfig({
  ...baseTsupOptions,
  entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
  external: ["vitest"],
});
