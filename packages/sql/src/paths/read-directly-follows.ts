import type { DirectlyFollowsResult, SequenceBoundary, Transition } from "@journeykit/core";
import { compareText } from "../results/compare-text";
import { forEachPart, type SqlRow } from "../results/read-cell";

const byCount = (a: SequenceBoundary, b: SequenceBoundary) =>
  b.events - a.events || compareText(a.name, b.name);

/** The rows of a directly-follows query as a `DirectlyFollowsResult`, sorted as in memory. */
export function readDirectlyFollows(rows: readonly SqlRow[]): DirectlyFollowsResult {
  const transitions: Transition[] = [];
  const starts: SequenceBoundary[] = [];
  const ends: SequenceBoundary[] = [];
  forEachPart(rows, ["transition", "start", "end"], (part, cells) => {
    const events = cells.count("events");
    const customers = cells.count("customers");
    if (part === "transition")
      transitions.push({ from: cells.text("from_name"), to: cells.text("to_name"), events, customers });
    else (part === "start" ? starts : ends).push({ name: cells.text("from_name"), events, customers });
  });
  transitions.sort((a, b) => b.events - a.events || compareText(a.from, b.from) || compareText(a.to, b.to));
  return {
    transitions,
    starts: starts.sort(byCount),
    ends: ends.sort(byCount),
    // Every sequence has exactly one first event.
    sequences: starts.reduce((sum, start) => sum + start.events, 0),
    totalTransitions: transitions.reduce((sum, transition) => sum + transition.events, 0),
  };
}
