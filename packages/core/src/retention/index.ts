// The public surface of retention/: re-exported by src/index.ts.

export type { Purchase, PurchaseInput } from "../matching/read-purchases";
export type { CohortPeriod } from "./cohort-period";
export { type InterPurchaseTime, interPurchaseTime } from "./inter-purchase-time";
export { type PurchaseFrequency, purchaseFrequency } from "./purchase-frequency";
export type { PurchaseOptions } from "./purchase-options";
export { type RepeatPurchaseRate, repeatPurchaseRate } from "./repeat-purchase-rate";
export { type RetentionCohort, type RetentionOptions, type RetentionTable, retention } from "./retention";
