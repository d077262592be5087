import * as z from "zod";

/**
 * Which market a journey or persona belongs to.
 *
 * @example
 * ```ts
 * SegmentSchema.parse("b2b"); // "b2b"
 * ```
 */
export const SegmentSchema = z.enum(["b2b", "b2c", "other"]);

/**
 * `"b2b"`, `"b2c"` or `"other"`.
 *
 * @example
 * ```ts
 * const segment: Segment = "b2c";
 * ```
 */
export type Segment = z.infer<typeof SegmentSchema>;
