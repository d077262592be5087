import { defineConfig } from "tsup";

export default defineConfig({
  // The main entry is browser-safe; "node" holds what needs Node's file system.
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  external: [/^node:/],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  tsconfig: "tsconfig.build.json",
});
