import type * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { formatIssuePath } from "../errors/journey-validation-error";

/** The value at `path` inside `root`, for saying what was received. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of path) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return value;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Parses an analysis' options with its zod schema; the first problem becomes an
 * InvalidOptionError naming the option by its path (`"after"`, `"ignore[1].where.page"`, or the
 * unknown key itself), so a caller never meets a raw ZodError.
 */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, options: unknown): z.output<Schema> {
  const input = options ?? {};
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  let path: (string | number)[] = issue?.path.filter((segment) => typeof segment !== "symbol") ?? [];
  let problem = issue?.message ?? "the options do not match their schema";
  if (issue?.code === "unrecognized_keys") {
    path = [...path, issue.keys[0] ?? ""];
    problem = `unknown key (misspelt?); ${issue.message}`;
  } else if (issue?.code === "invalid_union") {
    problem = `${problem.replace(/\.$/, "")}: ${describe(valueAt(input, path))} matches none of the accepted forms`;
  }
  throw new InvalidOptionError({ option: path.length === 0 ? "options" : formatIssuePath(path), problem });
}
