import { type Journey, JourneyValidationError, safeParseJourney } from "@journeykit/core";

/** What the conformance SQL needs to know about a journey: its stages by rank and its touchpoints with events. */
export interface JourneyStages {
  readonly journey: Journey;
  /** Stage ids by rank (journey order). */
  readonly stageIds: readonly string[];
  /** The touchpoints that have event matchers, in journey order, with the ranks of their stages. */
  readonly seen: readonly {
    readonly id: string;
    readonly events: Journey["touchpoints"][number]["events"];
    readonly ranks: readonly number[];
  }[];
}

/** Checks the journey, as `conformance` does, and numbers its stages and touchpoints as it does. */
export function journeyStages(input: Journey): JourneyStages {
  const checked = safeParseJourney(input);
  if (!checked.success) throw new JourneyValidationError({ issues: checked.issues });
  const { journey } = checked;
  const rankOf = new Map(journey.stages.map((stage, rank) => [stage.id, rank]));
  const seen = journey.touchpoints
    .filter((touchpoint) => touchpoint.events.length > 0)
    .map((touchpoint) => ({
      id: touchpoint.id,
      events: touchpoint.events,
      ranks: touchpoint.stages.map((id) => rankOf.get(id) as number).sort((a, b) => a - b),
    }));
  return { journey, stageIds: journey.stages.map((stage) => stage.id), seen };
}
