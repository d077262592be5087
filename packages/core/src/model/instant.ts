import * as z from "zod";

const isoInstant = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A moment as segments and options accept it: milliseconds since the epoch, an ISO 8601 date or
 * date-time string with its offset (`"2024-03-01"`, midnight UTC, or `"2024-03-01T12:00:00Z"`), or
 * a `Date`. Numbers and strings keep a segment JSON-serialisable.
 *
 * @example
 * ```ts
 * InstantSchema.parse("2024-03-01"); // "2024-03-01"
 * InstantSchema.safeParse("yesterday").success; // false
 * InstantSchema.safeParse("2024-03-01T12:00").success; // false: which zone?
 * ```
 */
export const InstantSchema = z.union([
  z.number().finite(),
  // A date-time must name its offset: without one, JavaScript reads it in the machine's zone.
  z.string().refine((text) => isoInstant.test(text) && !Number.isNaN(Date.parse(text)), {
    message:
      'expected an ISO 8601 date ("2024-03-01") or a date-time with its offset ("2024-03-01T12:00:00Z")',
  }),
  z.date(),
]);

/** Milliseconds since the epoch from a number, an ISO 8601 string or a Date (already validated). */
export function toMillis(instant: number | string | Date): number {
  if (typeof instant === "number") return instant;
  return typeof instant === "string" ? Date.parse(instant) : instant.getTime();
}
