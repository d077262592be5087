import * as z from "zod";
import { EmptySampleError } from "../errors/empty-sample-error";
import { type CustomerPurchases, type PurchaseInput, readPurchases } from "../matching/read-purchases";
import { StepSchema } from "../model/step";
import { parseOptions } from "../options/parse-options";
import { ConfidenceSchema } from "../stats/confidence-interval";

/**
 * Options shared by {@link index!repeatPurchaseRate}, {@link index!purchaseFrequency} and
 * {@link index!interPurchaseTime}: `purchase` (default `"purchase"`), which events are purchases when
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

/**
 * The options and the buying customers of a purchase measure.
 *
 * @throws EmptySampleError when nobody bought: a measure of no buyers is unknown, not 0.
 */
export function readBuyers(
  purchases: PurchaseInput,
  options: PurchaseOptions,
  measure: string,
): { confidence: number; customers: CustomerPurchases[] } {
  const parsed = parseOptions(PurchaseOptionsSchema, options);
  const customers = readPurchases(purchases, parsed.purchase, false);
  if (customers.length === 0)
    throw new EmptySampleError({ measure, argument: "purchases", problem: "holds no purchase" });
  return { confidence: parsed.confidence, customers };
}
