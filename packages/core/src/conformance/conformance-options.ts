import * as z from "zod";
import { StepSchema } from "../model/step";

/**
 * The options of `conformance`:
 *
 * - `entry`: where a customer may enter the journey. `"any"` (default): at any stage, since data
 *   usually starts mid-journey (awareness happens in places no event log sees); `"first"`: at
 *   the first required stage, so entering later is a deviation (`"late-entry"`) and the stages
 *   before count as skipped.
 * - `optional`: ids of stages a customer may skip without deviating, in addition to the
 *   stages the journey itself marks `optional`.
 * - `ambiguousStage`: which stage an event gets when it matches touchpoints of several stages:
 *   `"nearest"` (default) keeps the customer's current stage if it is a candidate, otherwise the
 *   earliest candidate after it, otherwise the latest candidate before it (the reading that
 *   deviates least); `"earliest"` or `"latest"`: the candidate with the lowest or highest order.
 * - `unrecognised`: `"report"` (default) lists events no touchpoint recognises without judging
 *   the customer; `"deviation"` also makes a customer with such events non-conforming.
 * - `ignore`: events matching any of these steps are neither mapped nor reported (noise such as
 *   `user_engagement` or `scroll`); they are counted in `ignoredEvents`.
 * - `top`: how many deviating variants and unrecognised event names to list (default 10).
 *
 * @example
 * ```ts
 * ConformanceOptionsSchema.parse({ optional: ["loyalty"] });
 * // { entry: "any", optional: ["loyalty"], ambiguousStage: "nearest", unrecognised: "report", ignore: [], top: 10 }
 * ```
 */
export const ConformanceOptionsSchema = z.strictObject({
  entry: z.enum(["any", "first"]).default("any"),
  optional: z.array(z.string().min(1)).default([]),
  ambiguousStage: z.enum(["nearest", "earliest", "latest"]).default("nearest"),
  unrecognised: z.enum(["report", "deviation"]).default("report"),
  ignore: z.array(StepSchema).default([]),
  top: z.number().int().min(1).default(10),
});

/**
 * The options of `conformance`, as written; see {@link ConformanceOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: ConformanceOptions = { entry: "first", ignore: ["user_engagement", "scroll"] };
 * ```
 */
export type ConformanceOptions = z.input<typeof ConformanceOptionsSchema>;

/**
 * What makes a customer's journey deviate from the map:
 * `"skip"`, a required stage between where they entered and their furthest stage never visited;
 * `"backtrack"`, a move to a stage with a lower order; `"late-entry"` (with `entry: "first"`),
 * entering after the first required stage; `"unrecognised"` (with `unrecognised: "deviation"`),
 * events no touchpoint recognises.
 *
 * @example
 * ```ts
 * const kinds: DeviationKind[] = ["skip", "backtrack"];
 * ```
 */
export type DeviationKind = "skip" | "backtrack" | "late-entry" | "unrecognised";
