import {
  EventLog,
  type FunnelOptions,
  type Journey,
  type StageFunnelOptions,
  type StageFunnelResult,
  stageFunnel,
} from "@journeykit/core";
import { StageFunnelOptionsSchema } from "@journeykit/core/schemas";
import { type FunnelPlan, funnelPlan } from "./funnel-plan";

/** A stage funnel as a funnel plan, with what `stageFunnel` adds to the result. */
export interface StageFunnelPlan {
  readonly plan: FunnelPlan;
  readonly empty: StageFunnelResult;
}

/**
 * The funnel a stage funnel is: steps are the stages `stageFunnel` picks (checked by running it
 * on an empty log, so the same options fail the same way), each an OR-step over the event
 * matchers of the stage's touchpoints, labelled with the stage's name.
 */
export function stageFunnelPlan(journey: Journey, options: StageFunnelOptions | undefined): StageFunnelPlan {
  const empty = stageFunnel(journey, EventLog.from([]), options);
  const {
    stages: _stages,
    optional: _optional,
    within,
    ...rest
  } = StageFunnelOptionsSchema.parse(options ?? {});
  const touchpoints = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const steps = empty.stages.map(({ id, name }, k) => {
    const stage = journey.stages.find((candidate) => candidate.id === id);
    const stageWithin = within[id];
    return {
      anyOf: (stage?.touchpoints ?? []).flatMap(
        (touchpointId) => touchpoints.get(touchpointId)?.events ?? [],
      ),
      label: name,
      // Which stages are optional (asked for, or marked so in the journey) is stageFunnel's call.
      ...(empty.steps[k]?.optional === true ? { optional: true } : {}),
      ...(stageWithin === undefined ? {} : { within: stageWithin }),
    };
  });
  const funnelOptions = { ...rest, steps } as FunnelOptions;
  return { plan: funnelPlan(funnelOptions, empty), empty };
}
