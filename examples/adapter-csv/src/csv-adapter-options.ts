import * as z from "zod";

const columnName = z.string().min(1);

/**
 * The options of {@link csvAdapter}: which header names hold the event's fields, the
 * delimiter, and how many events a batch holds. Columns not mapped become string properties of the event.
 *
 * @example
 * ```ts
 * CsvAdapterOptionsSchema.parse({
 *   columns: { customerId: "customer", timestamp: "time", name: "event", value: "amount" },
 * }); // { columns: {...}, delimiter: ",", batchSize: 4096 }
 * ```
 */
export const CsvAdapterOptionsSchema = z.strictObject({
  columns: z.strictObject({
    /** The column of the customer id (required, never empty). */
    customerId: columnName,
    /** The column of the time: epoch milliseconds or ISO 8601 (UTC when no offset is given). */
    timestamp: columnName,
    /** The column of the event name (required, never empty). */
    name: columnName,
    /** The column of the session id, if any. */
    sessionId: columnName.optional(),
    /** The column of the traffic source, if any. */
    source: columnName.optional(),
    /** The column of the traffic medium, if any. */
    medium: columnName.optional(),
    /** The column of a numeric value (revenue, score), if any. */
    value: columnName.optional(),
  }),
  /** The field separator: one character other than a quote or a line break. Default `,`. */
  delimiter: z
    .string()
    .length(1)
    .refine(
      (character) => !['"', "\n", "\r"].includes(character),
      "the delimiter cannot be a quote or a line break",
    )
    .default(","),
  /**
   * How many events each batch of `readBatches` holds: larger batches mean fewer, bigger
   * allocations. Default 4096.
   */
  batchSize: z.int().min(1).default(4096),
});

/**
 * The options of {@link csvAdapter} as a user writes them (the delimiter and batch size may be left out).
 *
 * @example
 * ```ts
 * const options: CsvAdapterOptions = { columns: { customerId: "user", timestamp: "ts", name: "action" }, delimiter: ";" };
 * ```
 */
export type CsvAdapterOptions = z.input<typeof CsvAdapterOptionsSchema>;
