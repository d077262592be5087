import type * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { issuesFromZod } from "../errors/issue";
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
 * InvalidOptionError naming the option by its path, every problem kept in its `issues` (`"after"`, `"ignore[1].where.page"`, or the
 * unknown key itself), so a caller never meets a raw ZodError. The one converter from zod
 * issues to `InvalidOptionError` (docs/conventions.md): use it for every options object.
 *
 * @param schema - The options' strict zod schema.
 * @param options - The options as the caller passed them (`undefined` means none).
 * @returns The parsed options, defaults filled in.
 * @throws `InvalidOptionError` naming the first bad option by its path.
 *
 * @example
 * ```ts
 * import { parseOptions } from "@journeykit/core/adapter";
 * import { z } from "zod";
 *
 * const Schema = z.strictObject({ limit: z.number().int().optional() });
 * parseOptions(Schema, { limit: 3 }); // { limit: 3 }
 * parseOptions(Schema, { limt: 3 }); // throws InvalidOptionError, option "limt"
 * ```
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
  throw new InvalidOptionError({
    option: path.length === 0 ? "options" : formatIssuePath(path),
    problem,
    issues: issuesFromZod(result.error),
  });
}
