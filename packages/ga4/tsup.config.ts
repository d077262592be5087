import { defineConfig } from "tsup";
import { baseTsupOptions } from "../../.config/tsup.base";

export default defineConfig({
  ...baseTsupOptions,
  // The main entry is browser-safe; "node" holds what needs Node's file system and threads,
  // "schema" the export's layout as plain data (for @journeykit/sql), and
  // "export-part-worker" is the script of readGa4ExportFileLog's worker threads, found beside it.
  entry: {
    index: "src/index.ts",
    node: "src/node/index.ts",
    schema: "src/schema/index.ts",
    internal: "src/internal.ts",
    "export-part-worker": "src/node/export-part-worker.ts",
  },
  external: [/^node:/],
  // import.meta.url locates the worker script; the shim gives it to the CommonJS build too.
  shims: true,
});
