import { defineConfig } from "tsup";
import { baseTsupOptions } from "../../.config/tsup.base";

export default defineConfig({
  ...baseTsupOptions,
  // The main entry is browser-safe; "node" holds what needs Node's file system.
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  external: [/^node:/],
});
