import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";
import { IdSchema } from "./identifier";
import { parseDuration } from "./parse-duration";
import { StepSchema } from "./step";

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
 * How long a conversion may take, in a KPI measure: milliseconds, or a string such as `"30m"`,
 * `"7d"` or `"26w"`; greater than zero. Written as JSON Schema can express it, so journey files
 * are checked in the editor too.
 */
const MeasureWindowSchema = z
  .union([z.number().positive(), z.templateLiteral([z.number(), z.enum(["ms", "s", "m", "h", "d", "w"])])])
  .superRefine((value, context) => {
    try {
      parseDuration(value, "within");
    } catch {
      context.addIssue({
        code: "custom",
        message: `${JSON.stringify(value)} is not a duration greater than zero; write milliseconds as a number, or a string such as "30m", "12h" or "7d"`,
      });
    }
  });

// One named definition in journey.schema.json, referenced by every measure, not copied into each.
const MeasureStepSchema = StepSchema.meta({ id: "KpiMeasureStep" });

const pairOfSteps = {
  /** The step that makes a customer eligible. */
  from: MeasureStepSchema,
  /** The step that counts as converting, after `from`. */
  to: MeasureStepSchema,
  /** The most time from `from` to `to` (the funnel window; default `"7d"`). */
  within: MeasureWindowSchema.optional(),
};

/**
 * How a KPI is measured from behaviour data, so `measureKpis` computes it from an event log
 * with nothing guessed from the KPI's name. Steps are {@link StepSchema} steps: an event name, an
 * event matcher, or `{ anyOf }`. Five types:
 *
 * - `conversion` `{ from, to, within? }`: of the customers who did `from`, the share who then did
 *   `to` within `within` (default `"7d"`), counted as a two-step `funnel` counts them. A ratio
 *   with its Wilson interval.
 * - `drop-off` `{ from, to, within? }`: the same customers, the share who did *not* go on to `to`
 *   (1 − the conversion).
 * - `repeat-purchase` `{ purchase? }`: of the customers with a purchase (events matching
 *   `purchase`, default `"purchase"`), the share with two or more, as `repeatPurchaseRate`.
 * - `reach` `{ event }`: how many customers have at least one matching event (a count).
 * - `median-time` `{ from, to, within? }`: the median time from `from` to `to` among the
 *   customers who did both within the window, as a two-step `funnel` times them (in the KPI's
 *   unit, `seconds` or `days`).
 *
 * Which measure fits which KPI: `conversion` a `conversion` or `custom` KPI, `drop-off` a
 * `drop-off` or `custom` one, `repeat-purchase` a `repeat-purchase`, `retention` or `custom`
 * one (all in `ratio` or `percent`); `reach` a `custom` KPI in `count`; `median-time` a `custom`
 * KPI in `seconds` or `days`. Survey KPIs (`nps`, `csat`, `ces`) are not measured from events.
 * `defineJourney` reports any other pairing as an issue.
 *
 * @example
 * ```ts
 * KpiMeasureSchema.parse({ type: "conversion", from: "begin_checkout", to: "purchase", within: "1d" });
 * KpiMeasureSchema.parse({ type: "drop-off", from: "add_to_cart", to: "purchase" });
 * KpiMeasureSchema.parse({ type: "repeat-purchase", purchase: { anyOf: ["purchase", "in_app_purchase"] } });
 * KpiMeasureSchema.parse({ type: "reach", event: "sign_up" });
 * KpiMeasureSchema.parse({ type: "median-time", from: "generate_lead", to: "working_lead" });
 * KpiMeasureSchema.parse({ type: "conversion", from: "view_item" }); // throws: `to` is required
 * ```
 */
export const KpiMeasureSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("conversion"), ...pairOfSteps }),
  z.strictObject({ type: z.literal("drop-off"), ...pairOfSteps }),
  z.strictObject({
    type: z.literal("repeat-purchase"),
    /** Which events are purchases (default `"purchase"`). */
    purchase: MeasureStepSchema.optional(),
  }),
  z.strictObject({
    type: z.literal("reach"),
    /** The event whose customers are counted. */
    event: MeasureStepSchema,
  }),
  z.strictObject({ type: z.literal("median-time"), ...pairOfSteps }),
]);

/**
 * A KPI measure, as {@link KpiMeasureSchema} accepts it.
 *
 * @example
 * ```ts
 * const cartAbandonment: KpiMeasure = { type: "drop-off", from: "add_to_cart", to: "purchase" };
 * ```
 */
export type KpiMeasure = ReadonlyDeep<z.output<typeof KpiMeasureSchema>>;

const KpiUnitEnum = z.enum(["ratio", "percent", "score", "count", "days", "seconds", "currency"]);

/**
 * Which KPI kinds and units each measure type fits (see {@link KpiMeasureSchema}); what
 * `defineJourney` checks and `measureKpis` relies on.
 */
export const KPI_MEASURE_FIT: {
  readonly [Type in KpiMeasure["type"]]: {
    readonly kinds: readonly KpiKind[];
    readonly units: readonly z.infer<typeof KpiUnitEnum>[];
  };
} = {
  conversion: { kinds: ["conversion", "custom"], units: ["ratio", "percent"] },
  "drop-off": { kinds: ["drop-off", "custom"], units: ["ratio", "percent"] },
  "repeat-purchase": { kinds: ["repeat-purchase", "retention", "custom"], units: ["ratio", "percent"] },
  reach: { kinds: ["custom"], units: ["count"] },
  "median-time": { kinds: ["custom"], units: ["seconds", "days"] },
};

/**
 * A KPI of a journey: what is measured, on which stage (none for the whole journey), its
 * target, whether higher or lower is better, and optionally how it is `measure`d from event
 * data (see {@link KpiMeasureSchema}; without one, `measureKpis` leaves the KPI to be measured
 * some other way, such as a survey).
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
 *   measure: { type: "conversion", from: "begin_checkout", to: "purchase" },
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
  unit: KpiUnitEnum.default("ratio"),
  measure: KpiMeasureSchema.optional(),
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
export type KpiDefinition = ReadonlyDeep<z.output<typeof KpiDefinitionSchema>>;
