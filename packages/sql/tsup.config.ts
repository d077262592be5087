import { defineConfig } from "tsup";
import { baseTsupOptions } from "../../.config/tsup.base";

export default defineConfig({
  ...baseTsupOptions,
  entry: { index: "src/index.ts", internal: "src/internal.ts" },
});
