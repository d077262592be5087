import * as z from "zod";
import { IdSchema } from "./identifier";

/**
 * The lowest and highest emotion score a stage can carry, per persona: -2 (very negative)
 * to +2 (very positive).
 *
 * @example
 * ```ts
 * EMOTION_SCALE.min; // -2
 * ```
 */
export const EMOTION_SCALE = { min: -2, max: 2 } as const;

/**
 * A known problem customers meet in a stage. Its `id` is what feedback tags point at.
 *
 * @example
 * ```ts
 * PainPointSchema.parse({ id: "shipping-cost-surprise", description: "Shipping cost shown late", severity: 4 });
 * ```
 */
export const PainPointSchema = z.strictObject({
  id: IdSchema,
  description: z.string().min(1),
  severity: z.number().int().min(1).max(5).optional(),
});

/**
 * A pain point after validation.
 *
 * @example
 * ```ts
 * const slowDelivery: PainPoint = { id: "slow-delivery", description: "Parcels take a week" };
 * ```
 */
export type PainPoint = z.output<typeof PainPointSchema>;

/**
 * The service-blueprint lanes of a stage, from what the customer sees down to the support
 * processes behind the line of visibility.
 *
 * @example
 * ```ts
 * BlueprintLanesSchema.parse({
 *   physicalEvidence: ["Order confirmation e-mail"],
 *   frontstage: ["Checkout page"],
 *   backstage: ["Fraud check"],
 *   supportProcesses: ["Payment provider"],
 * });
 * ```
 */
export const BlueprintLanesSchema = z.strictObject({
  physicalEvidence: z.array(z.string()).default([]),
  customerActions: z.array(z.string()).default([]),
  frontstage: z.array(z.string()).default([]),
  backstage: z.array(z.string()).default([]),
  supportProcesses: z.array(z.string()).default([]),
});

/**
 * Service-blueprint lanes after validation.
 *
 * @example
 * ```ts
 * const lanes: BlueprintLanes = BlueprintLanesSchema.parse({ backstage: ["Picking"] });
 * lanes.frontstage; // []
 * ```
 */
export type BlueprintLanes = z.output<typeof BlueprintLanesSchema>;

/**
 * A stage of a journey (awareness, consideration, purchase, ...). `order` counts from 1 and
 * the stages of a journey use 1..n without gaps. `emotions` maps persona ids to a score on
 * the -2..+2 scale. An `optional` stage is one most customers may pass by without leaving the
 * documented journey (a support contact, say): `stageFunnel` and `conformance` treat it as
 * optional unless told otherwise.
 *
 * @example
 * ```ts
 * StageSchema.parse({
 *   id: "purchase",
 *   name: "Purchase",
 *   order: 3,
 *   goal: "Pay without doubts",
 *   steps: ["Add to cart", "Pay"],
 *   touchpoints: ["checkout"],
 *   emotions: { kari: -1 },
 *   painPoints: [{ id: "shipping-cost", description: "Shipping cost shown late" }],
 * });
 * ```
 */
export const StageSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  order: z.number().int().min(1),
  optional: z.boolean().default(false),
  goal: z.string().optional(),
  description: z.string().optional(),
  steps: z.array(z.string()).default([]),
  touchpoints: z.array(IdSchema).default([]),
  emotions: z.record(IdSchema, z.number().min(EMOTION_SCALE.min).max(EMOTION_SCALE.max)).default({}),
  painPoints: z.array(PainPointSchema).default([]),
  opportunities: z.array(z.string()).default([]),
  kpis: z.array(IdSchema).default([]),
  owners: z.array(z.string()).default([]),
  blueprint: BlueprintLanesSchema.optional(),
});

/**
 * A stage after validation (defaults filled in).
 *
 * @example
 * ```ts
 * const awareness: Stage = StageSchema.parse({ id: "awareness", name: "Awareness", order: 1 });
 * awareness.touchpoints; // []
 * ```
 */
export type Stage = z.output<typeof StageSchema>;
