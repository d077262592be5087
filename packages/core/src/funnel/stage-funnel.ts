import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import type { EventLog } from "../event-log/event-log";
import { DurationSchema } from "../model/duration-schema";
import type { EventMatcher } from "../model/event-matcher";
import { IdSchema } from "../model/identifier";
import type { Journey } from "../model/journey";
import { parseDuration } from "../model/parse-duration";
import { parseOptions } from "../options/parse-options";
import { FunnelOptionsSchema, type FunnelStep, funnelOptionsShape } from "./funnel-options";
import type { FunnelResult } from "./funnel-result";
import { type FunnelPlan, planParsedFunnel } from "./plan-funnel";
import { runFunnel } from "./run-funnel";

/**
 * The options of {@link stageFunnel}: which `stages` (ids, in funnel order; default every stage
 * that has event matchers, in journey order), which of them are `optional` (in addition to the
 * stages the journey itself marks `optional`, which are optional unless first), a per-stage `within`
 * (keyed by stage id), and the options every funnel takes (`window`, `order`, `entry`, `countBy`,
 * `exclusions`, `breakdown`; exclusions name stage positions in the funnel, 0-based).
 *
 * @example
 * ```ts
 * StageFunnelOptionsSchema.parse({ optional: ["loyalty"], within: { purchase: "1d" } });
 * ```
 */
export const StageFunnelOptionsSchema = z.strictObject({
  stages: z.array(IdSchema).min(1).optional(),
  optional: z.array(IdSchema).default([]),
  within: z.record(IdSchema, DurationSchema).default({}),
  ...funnelOptionsShape,
});

/**
 * The options of {@link stageFunnel}, as written.
 *
 * @example
 * ```ts
 * const options: StageFunnelOptions = { stages: ["consider", "purchase"], window: "30d" };
 * ```
 */
export type StageFunnelOptions = ReadonlyDeep<z.input<typeof StageFunnelOptionsSchema>>;

/**
 * What {@link stageFunnel} returns: a {@link FunnelResult} whose steps are stages (labelled with
 * the stage names), the stages in step order, and the journey's stages left out because no
 * touchpoint of theirs has event matchers (a shop counter, a phone call without data).
 *
 * @example
 * ```ts
 * const result: StageFunnelResult = stageFunnel(journey, log);
 * result.stages.map((stage) => stage.id);
 * ```
 */
export interface StageFunnelResult extends FunnelResult {
  readonly stages: readonly { readonly id: string; readonly name: string }[];
  readonly stagesWithoutEvents: readonly string[];
}

/**
 * A stage funnel's options checked against its journey and resolved, without a log: the
 * {@link FunnelPlan} of the funnel whose steps are the stages (each an OR-step over the event
 * matchers of its touchpoints, labelled with the stage's name), and what {@link stageFunnel} adds
 * to its result.
 *
 * @example
 * ```ts
 * const plan: StageFunnelPlan = planStageFunnel(journey, { window: "30d" });
 * plan.stages.map((stage) => stage.id); // ["consider", "buy"]
 * ```
 */
export interface StageFunnelPlan extends FunnelPlan {
  readonly stages: StageFunnelResult["stages"];
  readonly stagesWithoutEvents: StageFunnelResult["stagesWithoutEvents"];
}

function reject(option: string, problem: string): never {
  throw new InvalidOptionError({ option, problem });
}

/**
 * The funnel whose steps are a journey's stages: a stage is done by any event that one of its
 * touchpoints' event matchers recognises (an OR-step over those matchers). Everything else is
 * {@link funnel}'s semantics: order, entry, window, optional stages, per-stage `within`,
 * exclusions, sessions and breakdowns.
 *
 * @param journey - A journey from `defineJourney` (stages in order, touchpoints with `events`).
 * @param log - The events.
 * @param options - See {@link StageFunnelOptions}.
 * @returns The funnel result, plus `stages` (id and name per step) and `stagesWithoutEvents`.
 * @throws {@link InvalidOptionError} naming the option: an unknown stage id in `stages`,
 * `optional` or `within`; a listed stage without event matchers; an optional first stage; a bad
 * duration; and everything {@link funnel} rejects.
 *
 * @example
 * ```ts
 * const journey = defineJourney({
 *   format: "journeykit/v1", id: "shop", name: "Shop", version: "1",
 *   touchpoints: [
 *     { id: "pdp", name: "Product page", channel: "web", kind: "digital", stages: ["consider"], events: [{ name: "view_item" }] },
 *     { id: "checkout", name: "Checkout", channel: "web", kind: "digital", stages: ["buy"], events: [{ name: "begin_checkout" }, { name: "purchase" }] },
 *   ],
 *   stages: [
 *     { id: "consider", name: "Consider", order: 1, touchpoints: ["pdp"] },
 *     { id: "buy", name: "Buy", order: 2, touchpoints: ["checkout"] },
 *   ],
 * });
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 0, name: "view_item" },
 *   { customerId: "ann", timestamp: 1, name: "purchase" },
 *   { customerId: "bob", timestamp: 0, name: "view_item" },
 * ]);
 * stageFunnel(journey, log).steps.map((step) => [step.label, step.count]); // [["Consider", 2], ["Buy", 1]]
 * ```
 */
export function stageFunnel(
  journey: Journey,
  log: EventLog,
  options: StageFunnelOptions = {},
): StageFunnelResult {
  const plan = planStageFunnel(journey, options);
  return { ...runFunnel(log, plan), stages: plan.stages, stagesWithoutEvents: plan.stagesWithoutEvents };
}

/**
 * Checks and resolves {@link stageFunnel}'s options against a journey without a log: the same
 * options fail here with the same {@link index!InvalidOptionError}. Use it to validate options before a
 * query runs, or to compute the stage funnel elsewhere (as `@journeykit/sql` does) and summarise
 * its counts with {@link summarizeFunnel}.
 *
 * @param journey - A journey from `defineJourney`.
 * @param options - See {@link StageFunnelOptions}.
 * @returns The stage funnel's {@link FunnelPlan}, with `stages` (id and name per step) and
 * `stagesWithoutEvents`.
 * @throws {@link index!InvalidOptionError} naming the option, as {@link stageFunnel} does.
 *
 * @example
 * ```ts
 * import { planStageFunnel } from "@journeykit/core/internal";
 *
 * const plan = planStageFunnel(journey, { within: { buy: "1d" } });
 * plan.labels; // ["Consider", "Buy"]
 * plan.within; // [Infinity, 86_400_000]
 * ```
 */
export function planStageFunnel(journey: Journey, options: StageFunnelOptions = {}): StageFunnelPlan {
  const parsed = parseOptions(StageFunnelOptionsSchema, options);
  const stageById = new Map(journey.stages.map((stage) => [stage.id, stage]));
  const touchpointById = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const matchersOf = (stageId: string): readonly ReadonlyDeep<EventMatcher>[] =>
    (stageById.get(stageId)?.touchpoints ?? []).flatMap((id) => touchpointById.get(id)?.events ?? []);
  const known = (id: string, option: string) => {
    if (!stageById.has(id)) {
      reject(option, `the journey has no stage "${id}"; its stages are ${[...stageById.keys()].join(", ")}`);
    }
  };
  parsed.stages?.forEach((id, k) => {
    known(id, `stages[${k}]`);
    if (matchersOf(id).length === 0) {
      reject(
        `stages[${k}]`,
        `stage "${id}" has no touchpoint with event matchers, so no event can reach it; leave it out`,
      );
    }
  });
  parsed.optional.forEach((id, k) => {
    known(id, `optional[${k}]`);
  });
  for (const [id, within] of Object.entries(parsed.within)) {
    known(id, `within.${id}`);
    parseDuration(within, `within.${id}`);
  }

  const all = journey.stages.map((stage) => stage.id);
  const stageIds = parsed.stages ?? all.filter((id) => matchersOf(id).length > 0);
  if (stageIds.length === 0) reject("stages", "no stage of the journey has a touchpoint with event matchers");
  if (parsed.optional.includes(stageIds[0] as string)) {
    reject(
      `optional[${parsed.optional.indexOf(stageIds[0] as string)}]`,
      "the first stage of the funnel cannot be optional",
    );
  }
  const firstWithin = parsed.within[stageIds[0] as string];
  if (firstWithin !== undefined)
    reject(`within.${stageIds[0]}`, "the first stage has no previous stage; use `window`");

  // Stages the map marks optional are optional here too, except the funnel's first stage, which
  // every funnel needs as its entry (asking for that explicitly is an error above).
  const optional = new Set([
    ...parsed.optional,
    ...journey.stages.filter((stage) => stage.optional).map((stage) => stage.id),
  ]);
  const steps: FunnelStep[] = stageIds.map((id, position) => {
    const within = parsed.within[id];
    return {
      anyOf: matchersOf(id),
      label: stageById.get(id)?.name ?? id,
      ...(position > 0 && optional.has(id) ? { optional: true } : {}),
      ...(within === undefined ? {} : { within }),
    };
  });
  const { stages: _stages, optional: _optional, within: _within, ...funnelOptions } = parsed;
  return {
    ...planParsedFunnel(FunnelOptionsSchema.parse({ ...funnelOptions, steps })),
    stages: stageIds.map((id) => ({ id, name: stageById.get(id)?.name ?? id })),
    stagesWithoutEvents: all.filter((id) => matchersOf(id).length === 0),
  };
}
