import type { EventLog } from "../event-log/event-log";
import { compileEventMatchers } from "../matching/compile-event-matchers";
import type { Journey } from "../model/journey";
import type { Step } from "../model/step";

/** `assign` result for an event that matches no touchpoint. */
export const UNRECOGNISED = -2;
/** `assign` result for an event whose touchpoints belong to no stage. */
export const NO_STAGE = -1;

/** Which stage an event gets when its touchpoints belong to several stages. */
export type AmbiguityRule = "nearest" | "earliest" | "latest";

/**
 * Maps events to stages through touchpoint matchers. Stages are numbered by rank, their
 * position in the journey's `order`. After each `assign`, `matched` holds the touchpoints the
 * event matched (as indexes into `touchpointIds`) and `ambiguous` whether they span several
 * stages; reading them avoids allocating per event.
 */
export interface StageAssigner {
  /** Ids of the touchpoints with event matchers, in journey order. */
  readonly touchpointIds: readonly string[];
  /** Per rank, 1 when some touchpoint of the stage has event matchers. */
  readonly observable: Uint8Array;
  readonly matched: Uint32Array;
  matchedCount: number;
  ambiguous: boolean;
  /** The rank of event `index`'s stage, given the customer's current rank (-1 before any). */
  assign(index: number, current: number): number;
}

export function compileStageAssigner(journey: Journey, log: EventLog, rule: AmbiguityRule): StageAssigner {
  const rankOf = new Map(journey.stages.map((stage, rank) => [stage.id, rank]));
  const seen = journey.touchpoints.filter((touchpoint) => touchpoint.events.length > 0);
  const ranksOf = seen.map((touchpoint) =>
    touchpoint.stages.map((id) => rankOf.get(id) as number).sort((a, b) => a - b),
  );
  const observable = new Uint8Array(journey.stages.length);
  for (const ranks of ranksOf) for (const rank of ranks) observable[rank] = 1;
  const steps: Step[] = seen.map((touchpoint) => ({ anyOf: touchpoint.events }));
  const matchers = compileEventMatchers(log, steps);
  const matched = new Uint32Array(Math.max(steps.length, 1));

  const assigner: StageAssigner = {
    touchpointIds: seen.map((touchpoint) => touchpoint.id),
    observable,
    matched,
    matchedCount: 0,
    ambiguous: false,
    assign(index, current) {
      const count = matchers.matchInto(index, matched);
      assigner.matchedCount = count;
      assigner.ambiguous = false;
      if (count === 0) return UNRECOGNISED;
      let lowest = Number.POSITIVE_INFINITY;
      let highest = -1;
      let hasCurrent = false;
      let nextAfter = Number.POSITIVE_INFINITY;
      let lastBefore = -1;
      for (let k = 0; k < count; k += 1) {
        for (const rank of ranksOf[matched[k] as number] as number[]) {
          if (rank < lowest) lowest = rank;
          if (rank > highest) highest = rank;
          if (rank === current) hasCurrent = true;
          else if (rank > current && rank < nextAfter) nextAfter = rank;
          else if (rank < current && rank > lastBefore) lastBefore = rank;
        }
      }
      if (highest < 0) return NO_STAGE;
      assigner.ambiguous = lowest !== highest;
      if (rule === "earliest") return lowest;
      if (rule === "latest") return highest;
      if (hasCurrent) return current;
      return nextAfter !== Number.POSITIVE_INFINITY ? nextAfter : lastBefore;
    },
  };
  return assigner;
}
