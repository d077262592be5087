import { z } from "zod";
import type { Duration } from "../event-log/parse-duration";

/**
 * A {@link Duration} in an options schema: accepts a number or a string here, and leaves the
 * finer check to `parseDuration`, whose error names the option and the value ("-1 must be a finite
 * duration greater than zero") better than a schema message could.
 */
export const DurationSchema = z.custom<Duration>(
  (value) => typeof value === "number" || typeof value === "string",
  {
    message: 'expected a duration: milliseconds as a number, or a string such as "30m", "12h" or "7d"',
  },
);
