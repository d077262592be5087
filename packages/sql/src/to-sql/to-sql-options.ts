import { parseOptions } from "@journeykit/core/adapter";
import { GA4_TRAFFIC_SCOPES } from "@journeykit/ga4/schema";
import * as z from "zod";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SUFFIX_DAY = /^(\d{4})(\d{2})(\d{2})$/;

/** A calendar day as `"2024-01-31"` or as a table suffix `"20240131"`, read as `"20240131"`. */
const DaySchema = z.string().transform((text, context) => {
  const parts = ISO_DAY.exec(text) ?? SUFFIX_DAY.exec(text);
  const [year, month, day] = (parts ?? []).slice(1).map(Number) as [number?, number?, number?];
  const date =
    year === undefined || month === undefined || day === undefined
      ? undefined
      : new Date(Date.UTC(year, month - 1, day));
  if (date === undefined || date.getUTCMonth() !== (month as number) - 1 || date.getUTCDate() !== day) {
    context.addIssue({ code: "custom", message: `${JSON.stringify(text)} is not a day like "2024-01-31"` });
    return z.NEVER;
  }
  return `${parts?.[1]}${parts?.[2]}${parts?.[3]}`;
});

/**
 * The options of `toSql`:
 *
 * - `dialect`: `"bigquery"` (GoogleSQL, for the GA4 export's `events_*` tables) or `"duckdb"`.
 * - `table`: the export. BigQuery: `project.dataset.table`, usually the wildcard
 *   `"my-project.analytics_123456.events_*"` (its daily tables are filtered by `_TABLE_SUFFIX`);
 *   DuckDB: a table or view of export rows (`event_params` a list of `{ key, value }` structs).
 * - `dateRange`: `{ start, end }`, days included (`"2024-01-01"` or `"20240101"`): the daily
 *   tables read (BigQuery wildcard tables), else the `event_date` rows. Default: every day.
 * - `identity`: who the customer is, as `readGa4Export`'s option: `"pseudo"` (default,
 *   `user_pseudo_id`), `"user-id"` (`user_id` where set), `"stitched"` (also a device's events
 *   before its user logged in).
 * - `trafficSource`: where an event's `source` and `medium` come from, as `readGa4Export`'s
 *   option: `"event"` (default; `collected_traffic_source`, else the event's `source`, `medium`
 *   and `gclid` params) or `"user"` (`traffic_source`, the first touch). `"session"` is not
 *   compiled: a query that reads `source` or `medium` with it throws.
 * - `duplicates`: `"remove"` (default) keeps one of each set of rows identical in every column, as
 *   `readGa4Export` does (in BigQuery that reads every column of the export); `"keep"` reads only
 *   the columns the analysis needs.
 * - `batchColumns`: `true` (default) orders events on the same microsecond as the event log
 *   orders their `sequence`: rows without all three of `batch_page_id`, `batch_ordering_id`,
 *   `batch_event_index` first, then by the three; `false` for exports made before GA4 added them.
 * - `materialize` (BigQuery): `true` (default) writes the events to a temporary table first, in a
 *   two-statement script, so that the export is read once (BigQuery runs a CTE once for each
 *   place that reads it); `false` writes one statement, for tools that take no scripts.
 *
 * @example
 * ```ts
 * ToSqlOptionsSchema.parse({ dialect: "bigquery", table: "p.d.events_*", dateRange: { start: "2024-01-01", end: "2024-01-31" } });
 * // { dialect: "bigquery", table: "p.d.events_*", dateRange: { start: "20240101", end: "20240131" },
 * //   identity: "pseudo", trafficSource: "event", duplicates: "remove", batchColumns: true, materialize: true }
 * ```
 */
export const ToSqlOptionsSchema = z.strictObject({
  dialect: z.enum(["bigquery", "duckdb"]),
  table: z.string().min(1),
  dateRange: z
    .strictObject({ start: DaySchema, end: DaySchema })
    .refine((range) => range.start <= range.end, { message: "start must not be after end" })
    .optional(),
  identity: z.enum(["pseudo", "user-id", "stitched"]).default("pseudo"),
  trafficSource: z.enum(GA4_TRAFFIC_SCOPES).default("event"),
  duplicates: z.enum(["remove", "keep"]).default("remove"),
  batchColumns: z.boolean().default(true),
  materialize: z.boolean().default(true),
});

/**
 * The options of `toSql`, as written; see {@link ToSqlOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ToSqlOptions = { dialect: "duckdb", table: "ga4_events", identity: "user-id" };
 * ```
 */
export type ToSqlOptions = z.input<typeof ToSqlOptionsSchema>;

/** The options with defaults filled in. */
export type ResolvedToSqlOptions = z.output<typeof ToSqlOptionsSchema>;

/** Checks the options; a problem becomes an InvalidOptionError naming the option (`params[0]`). */
export function resolveToSqlOptions(options: unknown): ResolvedToSqlOptions {
  return parseOptions(ToSqlOptionsSchema, options);
}
