import * as z from "zod";
import { DurationSchema } from "../model/duration-schema";
import type { Journey } from "../model/journey";
import { StepSchema } from "../model/step";

/**
 * The attribution models by name. Each name alone selects the model with its defaults; the object
 * forms in {@link AttributionModelSchema} change a model's parameters.
 *
 * @example
 * ```ts
 * ATTRIBUTION_MODELS.includes("markov"); // true
 * ```
 */
export const ATTRIBUTION_MODELS = [
  "first-touch",
  "last-touch",
  "linear",
  "time-decay",
  "position-based",
  "markov",
] as const;

/**
 * Which model shares out each conversion: a model name, or an object with the model's
 * parameters:
 *
 * - `{ name: "time-decay", halfLife = "7d" }`: a touch `halfLife` before the conversion weighs
 *   half as much as one at the moment of conversion;
 * - `{ name: "position-based", first = 0.4, last = 0.4 }`: the shares of the first and last
 *   touch; the middle touches split the rest equally (`first + last` at most 1);
 * - `{ name: "markov", order = 1 }`: the memory of the Markov chain, 1 to 4 touches.
 *
 * @example
 * ```ts
 * AttributionModelSchema.parse("linear"); // "linear"
 * AttributionModelSchema.parse({ name: "time-decay", halfLife: "2d" });
 * AttributionModelSchema.parse({ name: "position-based", first: 0.3, last: 0.3 });
 * AttributionModelSchema.parse({ name: "markov", order: 2 });
 * ```
 */
export const AttributionModelSchema = z.union([
  z.enum(ATTRIBUTION_MODELS),
  z.strictObject({ name: z.literal("first-touch") }),
  z.strictObject({ name: z.literal("last-touch") }),
  z.strictObject({ name: z.literal("linear") }),
  z.strictObject({ name: z.literal("time-decay"), halfLife: DurationSchema.default("7d") }),
  z
    .strictObject({
      name: z.literal("position-based"),
      first: z.number().min(0).max(1).default(0.4),
      last: z.number().min(0).max(1).default(0.4),
    })
    .refine((model) => model.first + model.last <= 1, {
      message: "first + last must be at most 1, so that the middle touches get 1 - first - last",
    }),
  z.strictObject({ name: z.literal("markov"), order: z.number().int().min(1).max(4).default(1) }),
]);

/**
 * An attribution model, as {@link AttributionModelSchema} accepts it.
 *
 * @example
 * ```ts
 * const model: AttributionModel = { name: "time-decay", halfLife: "3d" };
 * ```
 */
export type AttributionModel = z.input<typeof AttributionModelSchema>;

/**
 * The part of a journey that attribution reads: its touchpoints, in order.
 *
 * @example
 * ```ts
 * const source: JourneyTouchpoints = defineJourney(shopJourney); // a whole journey fits
 * ```
 */
export interface JourneyTouchpoints {
  /** The touchpoints, each with the event matchers that recognise it. */
  readonly touchpoints: Journey["touchpoints"];
}

const JourneyTouchpointsSchema = z.custom<JourneyTouchpoints>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { touchpoints?: unknown }).touchpoints),
  { message: "expected a journey from defineJourney (an object with a touchpoints array)" },
);

/**
 * What a touch is labelled with, that is, what gets the credit:
 *
 * - `"channel"`, `"source"` or `"medium"`: the event's field of that name; events without it
 *   are not touches;
 * - `{ property: "utm_campaign" }`, or just `"utm_campaign"` (any other string): an event
 *   property, its value as a string; events without it are not touches;
 * - `{ journey }`, or the journey itself: the touchpoints of a journey map, recognised by their
 *   event matchers; an event matching several touchpoints goes to the first in the journey's
 *   order.
 *
 * Conversion events are never touches.
 *
 * @example
 * ```ts
 * TouchpointSourceSchema.parse("channel");
 * TouchpointSourceSchema.parse({ property: "utm_campaign" });
 * TouchpointSourceSchema.parse("utm_campaign"); // the same property, written short
 * ```
 */
export const TouchpointSourceSchema = z.union([
  z.enum(["channel", "source", "medium"]),
  z.string().min(1),
  z.strictObject({ property: z.string().min(1) }),
  z.strictObject({ journey: JourneyTouchpointsSchema }),
  JourneyTouchpointsSchema,
]);

/**
 * A touchpoint source, as {@link TouchpointSourceSchema} accepts it.
 *
 * @example
 * ```ts
 * const byTouchpoint: TouchpointSource = { journey: defineJourney(shopJourney) };
 * ```
 */
export type TouchpointSource = z.input<typeof TouchpointSourceSchema>;

/**
 * The options of {@link index!attribution}:
 *
 * - `conversion`: which events are conversions (an event name, matcher or `{ anyOf }` step);
 * - `model`: see {@link AttributionModelSchema};
 * - `touchpoint` (default `"channel"`): see {@link TouchpointSourceSchema};
 * - `lookback` (default `"30d"`): touches older than this before a conversion do not count;
 * - `value` (default `"count"`): share out the number of conversions, or (`"value"`) the sum of
 *   their `value` fields;
 * - `collapseRepeats` (default `false`): count consecutive touches with the same label as one
 *   (three page views from one e-mail visit are one e-mail touch).
 *
 * @example
 * ```ts
 * AttributionOptionsSchema.parse({ conversion: "purchase", model: "linear", lookback: "7d" });
 * ```
 */
export const AttributionOptionsSchema = z.strictObject({
  conversion: StepSchema,
  model: AttributionModelSchema,
  touchpoint: TouchpointSourceSchema.default("channel"),
  lookback: DurationSchema.default("30d"),
  value: z.enum(["count", "value"]).default("count"),
  collapseRepeats: z.boolean().default(false),
});

/**
 * The options of {@link attribution}, as {@link AttributionOptionsSchema} accepts them.
 *
 * @example
 * ```ts
 * const options: AttributionOptions = {
 *   conversion: "purchase",
 *   touchpoint: "channel",
 *   lookback: "30d",
 *   model: { name: "markov", order: 1 },
 * };
 * ```
 */
export type AttributionOptions = z.input<typeof AttributionOptionsSchema>;

/**
 * The model an attribution used, with every parameter filled in (durations in milliseconds).
 *
 * @example
 * ```ts
 * const model: ResolvedAttributionModel = { name: "time-decay", halfLife: 604_800_000 };
 * ```
 */
export type ResolvedAttributionModel =
  | { readonly name: "first-touch" }
  | { readonly name: "last-touch" }
  | { readonly name: "linear" }
  | { readonly name: "time-decay"; readonly halfLife: number }
  | { readonly name: "position-based"; readonly first: number; readonly last: number }
  | { readonly name: "markov"; readonly order: number };
