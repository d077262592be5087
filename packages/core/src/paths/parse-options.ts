import type { z } from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { formatIssuePath } from "../errors/journey-validation-error";

/**
 * Parses an analysis' options with its zod schema; the first problem becomes an
 * InvalidOptionError naming the option by its path (`"after"`, `"ignore[1].where.page"`), so a
 * caller never meets a raw ZodError.
 */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, options: unknown): z.output<Schema> {
  const result = schema.safeParse(options ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.filter((segment) => typeof segment !== "symbol") ?? [];
  throw new InvalidOptionError({
    option: path.length === 0 ? "options" : formatIssuePath(path),
    problem: issue?.message ?? "the options do not match their schema",
  });
}
