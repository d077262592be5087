import { usageError } from "../cli-error";
import type { CliIo } from "../cli-io";

/** The readers `--engine` chooses between. */
export const EXPORT_ENGINES = ["duckdb", "js"] as const;

/** `duckdb`: `@journeykit/duckdb`'s `readGa4Log`; `js`: the JavaScript GA4 reader or `--adapter`. */
export type ExportEngine = (typeof EXPORT_ENGINES)[number];

/** The module of `@journeykit/duckdb`, loaded only when the DuckDB engine reads. */
export type DuckDbModule = typeof import("@journeykit/duckdb");

/** The engine a read uses, with DuckDB's module when it is DuckDB. */
export type EngineChoice =
  | { readonly engine: "js" }
  | { readonly engine: "duckdb"; readonly duckdb: DuckDbModule };

const INSTALL_HINT = "install it beside @journeykit/cli (npm install --global @journeykit/duckdb)";

/** Reads `--engine duckdb|js`. */
export function parseEngineOption(value: string | boolean | undefined): ExportEngine | undefined {
  if (value === undefined) return undefined;
  if (!(EXPORT_ENGINES as readonly unknown[]).includes(value)) {
    throw usageError(`--engine must be one of ${EXPORT_ENGINES.join(", ")}, got ${JSON.stringify(value)}.`);
  }
  return value as ExportEngine;
}

/**
 * Loads DuckDB's module, or says why it cannot be: it is imported on demand so that a missing
 * or broken native install leaves the JavaScript engine working.
 */
async function loadDuckDb(): Promise<DuckDbModule | { readonly problem: string }> {
  try {
    return await import("@journeykit/duckdb");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: message.split("\n")[0] ?? message };
  }
}

/**
 * Chooses the engine of a read: the one asked for, else DuckDB when it loads (and the js engine,
 * with a one-line notice on stderr, when it does not). An adapter reads on the js engine.
 */
export async function chooseEngine(
  requested: ExportEngine | undefined,
  { adapter, io }: { adapter: string | undefined; io: CliIo },
): Promise<EngineChoice> {
  if (adapter !== undefined) {
    if (requested === "duckdb") {
      throw usageError("--adapter reads with its own adapter on the js engine; leave out --engine duckdb.");
    }
    return { engine: "js" };
  }
  if (requested === "js") return { engine: "js" };
  const loaded = await loadDuckDb();
  if (!("problem" in loaded)) return { engine: "duckdb", duckdb: loaded };
  if (requested === "duckdb") {
    throw usageError(
      `--engine duckdb needs @journeykit/duckdb, which could not be loaded (${loaded.problem}): ${INSTALL_HINT}, or read with --engine js.`,
    );
  }
  io.stderr(
    `journeykit: reading with the js engine: DuckDB could not be loaded (${loaded.problem}); to read with DuckDB, ${INSTALL_HINT}; --engine js hides this notice.\n`,
  );
  return { engine: "js" };
}
