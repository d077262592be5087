import { type Journey, safeParseJourney } from "@journeykit/core";
import { formatIssuePath } from "@journeykit/core/internal";
import { CliError, EXIT_CODES } from "./cli-error";
import { parseJsonFile, readInputFile } from "./read-input-file";

/** Reads and validates a journey file; invalid maps become one CliError listing every issue with its path. */
export async function loadJourney(path: string, cwd: string): Promise<Journey> {
  const json = parseJsonFile(await readInputFile(path, cwd, "journey file"), path);
  const result = safeParseJourney(json);
  if (result.success) return result.journey;
  const lines = result.issues.map(
    (issue) => `  ${formatIssuePath(issue.path)}: ${issue.message} [${issue.code}]`,
  );
  throw new CliError({
    message: `${path} is not a valid journey map (${result.issues.length} ${result.issues.length === 1 ? "problem" : "problems"}):\n${lines.join("\n")}`,
    exitCode: EXIT_CODES.input,
  });
}
