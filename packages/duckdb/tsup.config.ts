import { defineConfig } from "tsup";
import { baseTsupOptions } from "../../.config/tsup.base";

export default defineConfig({
  ...baseTsupOptions,
  entry: { index: "src/index.ts" },
  // DuckDB is a native module: it is loaded from node_modules at run time, never bundled.
  external: [/^node:/, "@duckdb/node-api"],
});
