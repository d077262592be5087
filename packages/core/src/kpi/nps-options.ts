import * as z from "zod";
import { NanSchema, OnInvalidSchema } from "../options/score-options";
import { ConfidenceSchema } from "../stats/confidence-interval";

/**
 * How an NPS interval is computed. `"adjusted-wald"` (the default) adds ¾ of a promoter, ¾ of a
 * detractor and 1½ passives before computing the Wald interval (Rocks 2016; recommended by
 * MeasuringU for its coverage at small n); `"wald"` is the plain normal approximation.
 *
 * @example
 * ```ts
 * NpsIntervalMethodSchema.parse(undefined); // "adjusted-wald"
 * ```
 */
export const NpsIntervalMethodSchema = z.enum(["wald", "adjusted-wald"]).default("adjusted-wald");

/**
 * The options of `npsFromCounts` and `compareNps`: `confidence` (0.95) and `interval`
 * (`"adjusted-wald"`).
 *
 * @example
 * ```ts
 * NpsIntervalOptionsSchema.parse({ confidence: 0.9 }); // { confidence: 0.9, interval: "adjusted-wald" }
 * ```
 */
export const NpsIntervalOptionsSchema = z.strictObject({
  confidence: ConfidenceSchema,
  interval: NpsIntervalMethodSchema,
});

/**
 * Options for `npsFromCounts` and `compareNps`, as written (every field optional).
 *
 * @example
 * ```ts
 * const options: NpsIntervalOptions = { confidence: 0.9, interval: "wald" };
 * ```
 */
export type NpsIntervalOptions = z.input<typeof NpsIntervalOptionsSchema>;

/**
 * The options of `nps`: those of {@link NpsIntervalOptionsSchema}, plus how non-responses count
 * (`nonResponse`: `"exclude"` from the denominator, the default; `"count-as-passive"`, which
 * dilutes the score towards 0; `"count-as-detractor"`, the most conservative reading of silence),
 * whether `NaN` is a non-response (`nan`) and what to do with invalid scores (`onInvalid`).
 *
 * @example
 * ```ts
 * NpsOptionsSchema.parse({}).nonResponse; // "exclude"
 * ```
 */
export const NpsOptionsSchema = NpsIntervalOptionsSchema.extend({
  nonResponse: z.enum(["exclude", "count-as-passive", "count-as-detractor"]).default("exclude"),
  nan: NanSchema,
  onInvalid: OnInvalidSchema,
});

/**
 * Options for `nps`, as written (every field optional).
 *
 * @example
 * ```ts
 * const options: NpsOptions = { interval: "wald", nonResponse: "count-as-passive", onInvalid: "skip" };
 * ```
 */
export type NpsOptions = z.input<typeof NpsOptionsSchema>;
