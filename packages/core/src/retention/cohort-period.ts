const DAY = 86_400_000;

/**
 * How retention groups time: calendar days, ISO weeks (Monday first) or calendar months, in UTC.
 *
 * @example
 * ```ts
 * const period: CohortPeriod = "week";
 * ```
 */
export type CohortPeriod = "day" | "week" | "month";

/**
 * The number of the period containing `time`, counted from a fixed origin, so that the difference
 * of two numbers is the number of whole periods between them. Weeks start on Monday, 00:00 UTC
 * (ISO 8601); 1970-01-01 was a Thursday, hence the shift of 3 days.
 */
export function periodNumber(time: number, period: CohortPeriod): number {
  if (period === "day") return Math.floor(time / DAY);
  if (period === "week") return Math.floor((Math.floor(time / DAY) + 3) / 7);
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The first moment (ms, UTC) of period number `n`. */
export function periodStart(n: number, period: CohortPeriod): number {
  if (period === "day") return n * DAY;
  if (period === "week") return (n * 7 - 3) * DAY;
  return Date.UTC(Math.floor(n / 12), ((n % 12) + 12) % 12, 1);
}
