import { stat } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import { AdapterReadError } from "@journeykit/core";

/** A list of paths or globs as a DuckDB list literal (the strings quoted as SQL text). */
export function sqlList(patterns: readonly string[]): string {
  return `[${patterns.map((pattern) => `'${pattern.replaceAll("'", "''")}'`).join(", ")}]`;
}

/** The files a source names: each glob expanded by DuckDB, in order, each file once. */
export async function expandFiles(
  connection: DuckDBConnection,
  patterns: readonly string[],
): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const reader = await connection.runAndReadAll(
      `SELECT file FROM glob(${sqlList([pattern])}) ORDER BY file`,
    );
    const found = reader.getRowsJS().map((row) => String(row[0]));
    if (found.length === 0) {
      throw new AdapterReadError({
        adapter: "ga4-duckdb",
        line: 0,
        problem: `no file matches ${JSON.stringify(pattern)}`,
        problemCode: "DUCKDB_NO_FILES",
        fix: "Check the path (relative paths are read from the current directory) or the glob.",
      });
    }
    for (const file of found) if (!files.includes(file)) files.push(file);
  }
  return files;
}

/** The bytes of the files on this machine (a remote file counts 0: its size is not known here). */
export async function fileBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map(async (file) =>
      /^[a-z0-9]+:\/\//i.test(file) ? 0 : (await stat(file).catch(() => ({ size: 0 }))).size,
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** The format a file's name says: Parquet, or JSON (newline-delimited or an array, plain or gzip). */
export function formatOfName(file: string): "parquet" | "json" {
  return /\.parquet$/i.test(file) ? "parquet" : "json";
}
