import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";
import { DurationSchema } from "../model/duration-schema";
import { StepSchema, stepSchemaWith } from "../model/step";

/**
 * A funnel step: a {@link StepSchema} step (an event name, an event matcher or `{ anyOf }`), whose
 * object forms may also say `optional: true` (customers may skip it; never the first step) and
 * `within` (a {@link index!Duration}: the most time allowed since the previous step the attempt did).
 *
 * @example
 * ```ts
 * FunnelStepSchema.parse("view_item");
 * FunnelStepSchema.parse({ name: "apply_coupon", optional: true });
 * FunnelStepSchema.parse({ anyOf: ["purchase", "subscribe"], within: "30m", label: "Converted" });
 * ```
 */
export const FunnelStepSchema = stepSchemaWith({
  optional: z.boolean().optional(),
  within: DurationSchema.optional(),
});

/**
 * A funnel step, as {@link FunnelStepSchema} accepts it.
 *
 * @example
 * ```ts
 * const steps: FunnelStep[] = ["add_to_cart", { name: "apply_coupon", optional: true }, { name: "purchase", within: "1h" }];
 * ```
 */
export type FunnelStep = ReadonlyDeep<z.infer<typeof FunnelStepSchema>>;

/**
 * Events that disqualify an attempt when they happen between two of its steps: `event` (a step:
 * name, matcher or `{ anyOf }`) and `between`, two step positions (0-based, `from < to`; default
 * the first and the last step).
 *
 * @example
 * ```ts
 * FunnelExclusionSchema.parse({ event: "remove_from_cart", between: [1, 3] });
 * ```
 */
export const FunnelExclusionSchema = z.strictObject({
  event: StepSchema,
  between: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
});

/**
 * An exclusion, as {@link FunnelExclusionSchema} accepts it.
 *
 * @example
 * ```ts
 * const noRefunds: FunnelExclusion = { event: "refund" };
 * ```
 */
export type FunnelExclusion = ReadonlyDeep<z.infer<typeof FunnelExclusionSchema>>;

/**
 * How to split a funnel into groups: by an event `property`, by an event `field` (`channel`,
 * `source`, `medium`), or by customer `segment` (a record or function from customer id to
 * segment name). `at` says which event of the attempt gives a property or field value:
 * `"first-step"` (default, the event that entered the funnel) or `"last-step"` (the event of the
 * furthest step reached). `top` keeps the largest groups (by step-1 count, default 10) and sums
 * the rest into `"other"`.
 *
 * @example
 * ```ts
 * FunnelBreakdownSchema.parse({ field: "medium" });
 * FunnelBreakdownSchema.parse({ property: "device", at: "last-step", top: 3 });
 * FunnelBreakdownSchema.parse({ segment: { ann: "vip", bob: "new" } });
 * ```
 */
export const FunnelBreakdownSchema = z.union([
  z.strictObject({
    property: z.string().min(1),
    at: z.enum(["first-step", "last-step"]).default("first-step"),
    top: z.number().int().min(1).default(10),
  }),
  z.strictObject({
    field: z.enum(["channel", "source", "medium"]),
    at: z.enum(["first-step", "last-step"]).default("first-step"),
    top: z.number().int().min(1).default(10),
  }),
  z.strictObject({
    /** Each customer's segment: a record by customer id, or a function (`undefined`: no segment). */
    segment: z.union([
      z.record(z.string(), z.string()),
      z.custom<(customerId: string) => string | undefined>((value) => typeof value === "function", {
        message: "expected a record from customer id to segment, or a function (customerId) => segment",
      }),
    ]),
    top: z.number().int().min(1).default(10),
  }),
]);

/**
 * A breakdown, as written (see {@link FunnelBreakdownSchema}).
 *
 * @example
 * ```ts
 * const byMedium: FunnelBreakdown = { field: "medium", top: 5 };
 * ```
 */
export type FunnelBreakdown = ReadonlyDeep<z.input<typeof FunnelBreakdownSchema>>;

/** The options every funnel shares, without its steps (stageFunnel derives steps from a journey). */
export const funnelOptionsShape = {
  window: DurationSchema.default("7d"),
  order: z.enum(["ordered", "strict", "any"]).default("ordered"),
  entry: z.enum(["any", "first"]).default("any"),
  countBy: z.enum(["customers", "sessions"]).default("customers"),
  exclusions: z.array(FunnelExclusionSchema).default([]),
  breakdown: FunnelBreakdownSchema.optional(),
};

/**
 * The options of {@link index!funnel}: `steps` (1 to 32) and `window`, `order`, `entry`, `countBy`,
 * `exclusions`, `breakdown` (see {@link index!funnel} for what each means).
 *
 * @example
 * ```ts
 * FunnelOptionsSchema.parse({ steps: ["view_item", "purchase"] });
 * // { steps: [...], window: "7d", order: "ordered", entry: "any", countBy: "customers", exclusions: [] }
 * ```
 */
export const FunnelOptionsSchema = z.strictObject({
  steps: z
    .array(FunnelStepSchema)
    .min(1, { message: "a funnel needs at least one step" })
    .max(32, { message: "a funnel has at most 32 steps" }),
  ...funnelOptionsShape,
});

/**
 * The options of {@link funnel}, as written (defaults may be left out).
 *
 * @example
 * ```ts
 * const options: FunnelOptions = {
 *   steps: ["view_item", "add_to_cart", { name: "purchase", within: "1d" }],
 *   window: "7d",
 *   order: "ordered",
 * };
 * ```
 */
export type FunnelOptions = ReadonlyDeep<z.input<typeof FunnelOptionsSchema>>;
