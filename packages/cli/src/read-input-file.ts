import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError, EXIT_CODES } from "./cli-error";

/** Reads a text file, turning "not found" and "not allowed" into one clear line. */
export async function readInputFile(path: string, cwd: string, what: string): Promise<string> {
  const absolute = resolve(cwd, path);
  try {
    return await readFile(absolute, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : code === "EACCES"
            ? "permission denied"
            : String((error as Error).message);
    throw new CliError({
      message: `Cannot read ${what} ${path}: ${reason}.`,
      exitCode: EXIT_CODES.input,
      cause: error,
    });
  }
}

/** Parses JSON, pointing at the line and column of a syntax error. */
export function parseJsonFile(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    let where = "";
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split("\n").length;
      const column = Number(position) - before.lastIndexOf("\n");
      where = ` at line ${line}, column ${column}`;
    }
    throw new CliError({
      message: `${path} is not valid JSON${where}: ${message}`,
      exitCode: EXIT_CODES.input,
      cause: error,
    });
  }
}
