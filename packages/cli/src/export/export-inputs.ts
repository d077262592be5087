import { open, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CliError, EXIT_CODES } from "../cli-error";

/** The files a folder argument stands for: every export format one engine or the other reads. */
export const EXPORT_EXTENSIONS = [
  ".ndjson",
  ".jsonl",
  ".json",
  ".ndjson.gz",
  ".jsonl.gz",
  ".json.gz",
  ".parquet",
];

/** One input argument: files on disk, or a pattern or URL only DuckDB can expand and read. */
export type ExportInput =
  | {
      readonly kind: "files";
      readonly files: readonly string[];
      /** For a folder: the names of what it holds that is not read (other files, subfolders). */
      readonly skipped?: readonly string[];
    }
  | { readonly kind: "pattern"; readonly pattern: string };

const URL_PATTERN = /^[a-z][a-z\d+.-]*:\/\//i;
const GLOB_CHARACTERS = /[*?[]/;

/**
 * What an input argument names: a file, the export files of a folder (in name order), or a glob
 * or URL. A path that exists is a path, even when its name holds glob characters; the shell has
 * already expanded an unquoted glob into several arguments, so a glob reaching us was quoted.
 */
export async function resolveExportInput(input: string, cwd: string): Promise<ExportInput> {
  if (URL_PATTERN.test(input)) return { kind: "pattern", pattern: input };
  const absolute = resolve(cwd, input);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch {
    if (GLOB_CHARACTERS.test(input)) return { kind: "pattern", pattern: absolute };
    throw new CliError({
      message: `Cannot read export ${input}: no such file or folder.`,
      exitCode: EXIT_CODES.input,
    });
  }
  if (!info.isDirectory()) return { kind: "files", files: [absolute] };
  const entries = (await readdir(absolute, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const isExport = (entry: (typeof entries)[number]) =>
    !entry.isDirectory() && EXPORT_EXTENSIONS.some((extension) => entry.name.endsWith(extension));
  const names = entries.filter(isExport).map((entry) => entry.name);
  const skipped = entries
    .filter((entry) => !isExport(entry))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  if (names.length === 0) {
    throw new CliError({
      message: `The folder ${input} holds no export files (${EXPORT_EXTENSIONS.join(", ")}).`,
      exitCode: EXIT_CODES.input,
    });
  }
  return { kind: "files", files: names.map((name) => join(absolute, name)), skipped };
}

/**
 * What a read left out of its folders, in a line each: the entries of a folder that are not
 * export files (the first five named), so that a folder read never drops a file unseen.
 */
export function skippedEntries(
  inputs: readonly { readonly argument: string; readonly input: ExportInput }[],
): string[] {
  return inputs.flatMap(({ argument, input }) => {
    const skipped = input.kind === "files" ? (input.skipped ?? []) : [];
    if (skipped.length === 0) return [];
    const named = skipped.slice(0, 5).join(", ");
    const more = skipped.length > 5 ? ` and ${skipped.length - 5} more` : "";
    const what = skipped.length === 1 ? "entry was" : "entries were";
    return [
      `In ${argument}, ${skipped.length} ${what} not read (${named}${more}): not export files (${EXPORT_EXTENSIONS.join(", ")}); subfolders are not read.`,
    ];
  });
}

/** Whether a file is Parquet, which only the DuckDB engine reads: its first bytes tell, whatever its name. */
export async function isParquetFile(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.toString("latin1") === "PAR1";
  } finally {
    await handle.close();
  }
}
