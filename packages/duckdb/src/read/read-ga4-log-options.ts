import type { ReadOptions } from "@journeykit/core";
import { ChannelSchema } from "@journeykit/core/schemas";
import { GA4_CHANNEL_GROUPS } from "@journeykit/ga4";
import { GA4_TRAFFIC_SCOPES } from "@journeykit/ga4/schema";
import * as z from "zod";

/**
 * The options of {@link readGa4Log} and {@link readGa4Batches}, besides the common read options
 * (`onError`, `maxBadRecords`, `signal`, `onProgress`), as a zod schema. The GA4 options mean what
 * they mean to `readGa4Export` (`@journeykit/ga4`), so the two readers give the same log:
 *
 * - `identity`: `"pseudo"` (default), `"user-id"` or `"stitched"`.
 * - `trafficSource`: `"event"` (default), `"session"` or `"user"`.
 * - `params`: keep only these event params as properties (default: all). Reading fewer is faster:
 *   `params: []` keeps none (sessions and `value` are still read).
 * - `duplicates`: `"remove"` (default) drops rows identical to another row of the read, across
 *   every file of it; `"keep"` keeps them.
 * - `channels`: journey channels to use instead of the default mapping, by GA4 channel group.
 *
 * And the DuckDB reader's own:
 *
 * - `format`: `"auto"` (default: Parquet for `.parquet` files, else JSON, newline-delimited or an
 *   array, plain or gzip, as DuckDB detects it), `"ndjson"`, `"json-array"` or `"parquet"`.
 * - `threads`: how many threads the DuckDB instance the reader opens may use (a whole number;
 *   default: DuckDB's own, one per core). Ignored when the source is an open connection.
 *
 * @example
 * ```ts
 * ReadGa4LogOptionsSchema.parse({ identity: "user-id", params: [], threads: 2 });
 * // { identity: "user-id", params: [], threads: 2, trafficSource: "event", duplicates: "remove",
 * //   channels: {}, format: "auto" }
 * ReadGa4LogOptionsSchema.safeParse({ fastPath: true }).success; // false: the JS reader's option
 * ```
 */
export const ReadGa4LogOptionsSchema = z.strictObject({
  identity: z.enum(["pseudo", "user-id", "stitched"]).default("pseudo"),
  trafficSource: z.enum(GA4_TRAFFIC_SCOPES).default("event"),
  params: z.array(z.string().min(1)).optional(),
  duplicates: z.enum(["remove", "keep"]).default("remove"),
  channels: z.partialRecord(z.enum(GA4_CHANNEL_GROUPS), ChannelSchema).default({}),
  format: z.enum(["auto", "ndjson", "json-array", "parquet"]).default("auto"),
  threads: z.int().min(1).max(1024).optional(),
});

/**
 * The options of {@link readGa4Log}: the common read options and those of
 * {@link ReadGa4LogOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ReadGa4LogOptions = { trafficSource: "session", onError: "skip", maxBadRecords: 10 };
 * ```
 */
export type ReadGa4LogOptions = ReadOptions & z.input<typeof ReadGa4LogOptionsSchema>;
