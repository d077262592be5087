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

/** Whether `prefix` could still become valid JSON (only its end is missing). */
function isViablePrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    return /end of JSON input|Unterminated string/.test((error as Error).message);
  }
}

/**
 * Where a JSON syntax error is. V8 does not always say, so search for the shortest prefix that
 * can no longer become valid JSON: its last character is the culprit.
 */
function syntaxErrorOffset(text: string): number | undefined {
  if (isViablePrefix(text)) return undefined;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isViablePrefix(text.slice(0, middle + 1))) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Parses JSON, pointing at the line and column of a syntax error. */
export function parseJsonFile(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = syntaxErrorOffset(text);
    let detail = (error as Error).message;
    if (position !== undefined) {
      const before = text.slice(0, position);
      const line = before.split("\n").length;
      const lineStart = before.lastIndexOf("\n") + 1;
      const lineEnd = text.indexOf("\n", lineStart);
      const lineText = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
      detail = `at line ${line}, column ${position - lineStart + 1}, near ${JSON.stringify(lineText.slice(0, 60))}`;
    }
    throw new CliError({
      message: `${path} is not valid JSON: ${detail}.`,
      exitCode: EXIT_CODES.input,
      cause: error,
    });
  }
}
