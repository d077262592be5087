import { z } from "zod";
import { IdSchema } from "./identifier";

/**
 * What a KPI measures. `custom` covers anything else.
 *
 * @example
 * ```ts
 * KpiKindSchema.parse("nps"); // "nps"
 * ```
 */
export const KpiKindSchema = z.enum([
  "nps",
  "csat",
  "ces",
  "conversion",
  "drop-off",
  "retention",
  "repeat-purchase",
  "custom",
]);

/**
 * A KPI kind, as {@link KpiKindSchema} accepts it.
 *
 * @example
 * ```ts
 * const kind: KpiKind = "conversion";
 * ```
 */
export type KpiKind = z.infer<typeof KpiKindSchema>;

/**
 * A KPI of a journey: what is measured, on which stage (none for the whole journey), its
 * target, and whether higher or lower is better.
 *
 * @example
 * ```ts
 * KpiDefinitionSchema.parse({
 *   id: "checkout-conversion",
 *   name: "Checkout conversion",
 *   kind: "conversion",
 *   stage: "purchase",
 *   target: 0.35,
 *   direction: "higher-is-better",
 *   unit: "ratio",
 * });
 * ```
 */
export const KpiDefinitionSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  kind: KpiKindSchema,
  stage: IdSchema.optional(),
  target: z.number().finite().optional(),
  direction: z.enum(["higher-is-better", "lower-is-better"]).default("higher-is-better"),
  unit: z.enum(["ratio", "percent", "score", "count", "days", "seconds", "currency"]).default("ratio"),
});

/**
 * A KPI definition after validation (defaults filled in).
 *
 * @example
 * ```ts
 * const nps: KpiDefinition = KpiDefinitionSchema.parse({ id: "nps", name: "NPS", kind: "nps", unit: "score" });
 * nps.direction; // "higher-is-better"
 * ```
 */
export type KpiDefinition = z.output<typeof KpiDefinitionSchema>;
