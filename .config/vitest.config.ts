import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through this export condition, so
// tests run without a build and always see the code as it is now.
const sourceConditions = ["@journeykit/source"];

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "examples/*/src/**/*.test.ts",
      "test/*.test.ts",
    ],
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts"],
      tsconfig: ".config/tsconfig.typetests.json",
    },
    // The DuckDB differential and fuzz properties take 10 to 20 s alone on 2 cores and twice that
    // on a busy machine; the limit catches hangs, it is not a speed target.
    testTimeout: 120_000,
  },
});
