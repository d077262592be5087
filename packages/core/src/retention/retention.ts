import * as z from "zod";
import type { EventLog } from "../event-log/event-log";
import { resolveAsOf } from "../event-log/resolve-as-of";
import { compileEventMatcher } from "../matching/compile-event-matcher";
import { InstantSchema } from "../model/instant";
import { StepSchema } from "../model/step";
import { parseOptions } from "../options/parse-options";
import { type CohortPeriod, periodNumber, periodStart } from "./cohort-period";

/**
 * The options of {@link retention}:
 *
 * - `start`: the step that puts a customer in a cohort (their first such event);
 * - `returnEvent`: the step that counts as coming back (only events after the start count);
 * - `cohortBy` (default `"week"`): `"day"`, `"week"` (ISO, Monday first) or `"month"`, in UTC;
 * - `mode` (default `"on"`): count a customer in period k if they returned in period k (`"on"`),
 *   or in period k or any later one (`"on-or-after"`, also called unbounded retention);
 * - `asOf` (default: the log's last timestamp): the end of observation; periods after it are not
 *   shown, and the period containing it may be partial;
 * - `maxPeriods`: show at most this many periods (period 0 included).
 *
 * @example
 * ```ts
 * RetentionOptionsSchema.parse({ start: "first_visit", returnEvent: "session_start", cohortBy: "week" });
 * ```
 */
export const RetentionOptionsSchema = z.strictObject({
  start: StepSchema,
  returnEvent: StepSchema,
  cohortBy: z.enum(["day", "week", "month"]).default("week"),
  mode: z.enum(["on", "on-or-after"]).default("on"),
  asOf: InstantSchema.optional(),
  maxPeriods: z.number().int().min(1).optional(),
});

/**
 * The options of {@link retention}, as {@link RetentionOptionsSchema} accepts them.
 *
 * @example
 * ```ts
 * const options: RetentionOptions = { start: "sign_up", returnEvent: "purchase", cohortBy: "month", mode: "on-or-after" };
 * ```
 */
export type RetentionOptions = z.input<typeof RetentionOptionsSchema>;

/**
 * One cohort of a retention table.
 *
 * @example
 * ```ts
 * const row: RetentionCohort = { cohort: "2024-01-01", start: 1704067200000, size: 10, counts: [4, 3, 1], shares: [0.4, 0.3, 0.1] };
 * ```
 */
export interface RetentionCohort {
  /** The first day of the cohort's period, as an ISO date (UTC). */
  readonly cohort: string;
  /** The same moment in ms since the epoch. */
  readonly start: number;
  /** How many customers started in this period. */
  readonly size: number;
  /** Per period since the start (0 = the start period), how many came back. */
  readonly counts: readonly number[];
  /** counts / size. */
  readonly shares: readonly number[];
}

/**
 * What {@link retention} returns: a cohort table and its size-weighted overall row.
 *
 * @example
 * ```ts
 * const table: RetentionTable = retention(log, { start: "first_visit", returnEvent: "session_start" });
 * table.overall.shares[1]; // the share of customers back in their second week
 * ```
 */
export interface RetentionTable {
  readonly cohortBy: CohortPeriod;
  readonly mode: "on" | "on-or-after";
  /** Periods are calendar periods in UTC; weeks start on Monday. */
  readonly timeZone: "UTC";
  readonly weekStartsOn: "monday";
  /** The end of observation (ms since the epoch). */
  readonly asOf: number;
  /** Cohorts in time order; later cohorts have fewer observed periods. */
  readonly cohorts: readonly RetentionCohort[];
  /**
   * Per period, over the cohorts observed that long: their total size, how many came back and
   * the share.
   */
  readonly overall: {
    readonly sizes: readonly number[];
    readonly counts: readonly number[];
    readonly shares: readonly number[];
  };
}

/**
 * A cohort retention table: customers grouped by the period (day, week or month, UTC) of their
 * first `start` event, and per period since then, how many did `returnEvent` again.
 *
 * A return is a `returnEvent` strictly later than the customer's first `start` event and not after
 * `asOf`; period k is k calendar periods after the cohort's (so a customer who starts on a Sunday
 * and returns on Monday is back in week 1). In `"on"` mode a customer counts in each period they
 * returned in; in `"on-or-after"` mode they count in every period up to their last return.
 * Each cohort shows the periods from 0 to the one containing `asOf`.
 *
 * @param log - The events.
 * @param options - See {@link RetentionOptionsSchema}.
 * @returns The cohort table, with counts and shares, and an overall row.
 * @throws {@link InvalidOptionError} for invalid options, naming the option.
 *
 * @example
 * ```ts
 * import { EventLog, retention } from "@journeykit/core";
 *
 * const day = 86_400_000;
 * const monday = Date.UTC(2024, 0, 1);
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: monday, name: "sign_up" },
 *   { customerId: "ann", timestamp: monday + 8 * day, name: "purchase" },
 *   { customerId: "bob", timestamp: monday + day, name: "sign_up" },
 *   { customerId: "bob", timestamp: monday + 2 * day, name: "purchase" },
 *   { customerId: "bob", timestamp: monday + 15 * day, name: "purchase" },
 * ]);
 * const table = retention(log, { start: "sign_up", returnEvent: "purchase", cohortBy: "week" });
 * table.cohorts; // [{ cohort: "2024-01-01", start: 1704067200000, size: 2, counts: [1, 1, 1], shares: [0.5, 0.5, 0.5] }]
 * retention(log, { start: "sign_up", returnEvent: "purchase", mode: "on-or-after" }).cohorts[0]?.counts; // [2, 2, 1]
 * ```
 */
export function retention(log: EventLog, options: RetentionOptions): RetentionTable {
  const parsed = parseOptions(RetentionOptionsSchema, options);
  const { cohortBy, mode } = parsed;
  const asOf = resolveAsOf(log, parsed.asOf);
  const lastPeriod = periodNumber(asOf, cohortBy);
  const isStart = compileEventMatcher(log, parsed.start);
  const isReturn = compileEventMatcher(log, parsed.returnEvent);
  // Per cohort period: its size and, per period offset, the customers counted.
  const cohorts = new Map<number, { size: number; counts: number[] }>();
  const returned = new Set<number>();
  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const first = log.columns.customerStart[customer] as number;
    const last = log.columns.customerStart[customer + 1] as number;
    let started = -1;
    for (let index = first; index < last && started < 0; index += 1) if (isStart(index)) started = index;
    if (started < 0) continue;
    const startTime = log.columns.timestamp[started] as number;
    if (startTime > asOf) continue;
    const cohortPeriod = periodNumber(startTime, cohortBy);
    const observed = Math.min(lastPeriod - cohortPeriod + 1, parsed.maxPeriods ?? Number.POSITIVE_INFINITY);
    let cohort = cohorts.get(cohortPeriod);
    if (cohort === undefined) {
      cohort = { size: 0, counts: new Array<number>(observed).fill(0) };
      cohorts.set(cohortPeriod, cohort);
    }
    cohort.size += 1;
    returned.clear();
    for (let index = first; index < last; index += 1) {
      const time = log.columns.timestamp[index] as number;
      if (time <= startTime || time > asOf || !isReturn(index)) continue;
      const offset = periodNumber(time, cohortBy) - cohortPeriod;
      returned.add(offset);
    }
    if (mode === "on") {
      for (const offset of returned) {
        if (offset < observed) cohort.counts[offset] = (cohort.counts[offset] as number) + 1;
      }
    } else if (returned.size > 0) {
      // A return after the last period shown still counts in every period shown.
      const latest = Math.min(Math.max(...returned), observed - 1);
      for (let offset = 0; offset <= latest; offset += 1)
        cohort.counts[offset] = (cohort.counts[offset] as number) + 1;
    }
  }
  const rows = [...cohorts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([period, { size, counts }]): RetentionCohort => {
      const start = periodStart(period, cohortBy);
      return {
        cohort: new Date(start).toISOString().slice(0, 10),
        start,
        size,
        counts,
        shares: counts.map((count) => count / size),
      };
    });
  const width = Math.max(0, ...rows.map((row) => row.counts.length));
  const sizes = Array.from({ length: width }, (_, k) =>
    rows.reduce((sum, row) => sum + (k < row.counts.length ? row.size : 0), 0),
  );
  const counts = Array.from({ length: width }, (_, k) =>
    rows.reduce((sum, row) => sum + (row.counts[k] ?? 0), 0),
  );
  return {
    cohortBy,
    mode,
    timeZone: "UTC",
    weekStartsOn: "monday",
    asOf,
    cohorts: rows,
    overall: { sizes, counts, shares: counts.map((count, k) => count / (sizes[k] as number)) },
  };
}
