import { formatIssuePath } from "@journeykit/core/internal";
import type * as z from "zod";
import { Ga4ReportError } from "../errors/ga4-report-error";

/** `rows[3].metricValues[1].value`, as every path is written; `""` for the response itself. */
function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? ""
    : formatIssuePath(path.map((key) => (typeof key === "symbol" ? String(key) : key)));
}

/**
 * Parses a Data API response given as JSON text or as the parsed object, and checks it against
 * `schema`.
 *
 * @throws {@link Ga4ReportError} naming the field that is wrong.
 */
export function parseResponse<Schema extends z.ZodType>(
  input: unknown,
  schema: Schema,
  method: string,
): z.output<Schema> {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new Ga4ReportError({ method, path: "", problem: "is not valid JSON", cause: error });
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Ga4ReportError({
      method,
      path: pathText(issue?.path ?? []),
      problem: `is not what the API returns (${issue?.message ?? "unexpected value"})`,
    });
  }
  return parsed.data;
}
