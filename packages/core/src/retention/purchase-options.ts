import { z } from "zod";
import { StepSchema } from "../matching/step";
import { ConfidenceSchema } from "../stats/confidence-interval";

/**
 * Options shared by {@link repeatPurchaseRate}, {@link purchaseFrequency} and
 * {@link interPurchaseTime}: `purchase` (default `"purchase"`), which events are purchases when
 * the input is an event log; `confidence` (default 0.95) for intervals.
 *
 * @example
 * ```ts
 * PurchaseOptionsSchema.parse({ purchase: { anyOf: ["purchase", "in_store_purchase"] } });
 * ```
 */
export const PurchaseOptionsSchema = z.strictObject({
  purchase: StepSchema.default("purchase"),
  confidence: ConfidenceSchema,
});

/**
 * The options of the purchase measures, as {@link PurchaseOptionsSchema} accepts them.
 *
 * @example
 * ```ts
 * const options: PurchaseOptions = { purchase: "order_completed", confidence: 0.9 };
 * ```
 */
export type PurchaseOptions = z.input<typeof PurchaseOptionsSchema>;
