import * as z from "zod";
import { type Duration, parseDuration } from "./parse-duration";

/**
 * A {@link Duration} in an options schema: milliseconds, or a string such as `"7d"`, greater than
 * zero. The issue names the value, so a caller sees what was wrong without reading the schema.
 */
export const DurationSchema = z.custom<Duration>().superRefine((value, context) => {
  try {
    parseDuration(value, "duration");
  } catch {
    context.addIssue({
      code: "custom",
      message: `${describe(value)} is not a duration greater than zero; write milliseconds as a number, or a string such as "30m", "12h" or "7d"`,
    });
  }
});

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}
