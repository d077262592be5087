import { formatIssuePath } from "./format-issue-path";
import type { Issue } from "./issue";

/** How many issues an error message lists before it says how many more there are. */
const SHOWN_ISSUES = 10;

/**
 * The message of an error that carries a list of issues: `The <subject> <is|are> not valid (n
 * problems):` and then one line per issue (`path: message (code)`), the first ten and a count of
 * the rest, so a long list stays readable while `issues` keeps every one.
 */
export function issueListMessage(subject: string, verb: "is" | "are", issues: readonly Issue[]): string {
  const shown = issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `  - ${formatIssuePath(issue.path)}: ${issue.message} (${issue.code})`);
  if (issues.length > shown.length) shown.push(`  ... and ${issues.length - shown.length} more`);
  return `The ${subject} ${verb} not valid (${issues.length} ${issues.length === 1 ? "problem" : "problems"}):\n${shown.join("\n")}`;
}
