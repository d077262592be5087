import * as z from "zod";

/**
 * The id of a journey, stage, touchpoint, persona or KPI: a letter or digit, then letters,
 * digits, `_`, `-`, `.` or `:`. Ids are what references point at, so they are kept plain.
 *
 * @example
 * ```ts
 * IdSchema.parse("add-to-cart"); // "add-to-cart"
 * IdSchema.safeParse("has space").success; // false
 * ```
 */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, {
    message:
      "Use letters, digits, '_', '-', '.' or ':' (starting with a letter or digit), e.g. \"add-to-cart\".",
  })
  .max(200);

/**
 * An id, as {@link IdSchema} accepts it.
 *
 * @example
 * ```ts
 * const stageId: Id = "consideration";
 * ```
 */
export type Id = z.infer<typeof IdSchema>;
