import {
  type Backtrack,
  type ConformanceOptions,
  type ConformanceResult,
  conformance,
  type DeviatingVariant,
  type DeviationKind,
  EventLog,
  type Journey,
  type UnrecognisedEvent,
} from "@journeykit/core";
import { ConformanceOptionsSchema } from "@journeykit/core/schemas";
import type { ReadonlyDeep } from "type-fest";
import { compareText, compareTextLists } from "../results/compare-text";
import { forEachPart, type SqlRow } from "../results/read-cell";
import { journeyStages } from "./journey-stages";
import { DEVIATION_KINDS, judgeStageSequence, nearestStages } from "./judge-stage-sequence";

interface Counter {
  times: number;
  customers: number;
}

function bump<Key>(map: Map<Key, Counter>, key: Key, times: number, customers: number): void {
  const counter = map.get(key) ?? { times: 0, customers: 0 };
  counter.times += times;
  counter.customers += customers;
  map.set(key, counter);
}

/**
 * The rows of a conformance query as a `ConformanceResult`. The SQL counts customers per distinct
 * stage sequence; each sequence is judged here once, by `conformance`'s rules, for all of them.
 */
export function readConformance(
  journey: Journey,
  options: ReadonlyDeep<ConformanceOptions> | undefined,
  rows: readonly SqlRow[],
): ConformanceResult {
  const { entry, ambiguousStage, unrecognised, top } = ConformanceOptionsSchema.parse(options ?? {});
  const stages = journeyStages(journey);
  const stageCount = stages.stageIds.length;
  // Over no events, conformance says which stages are observable and optional (by the options,
  // or marked so in the journey), and which touchpoints cannot be seen in data.
  const template = conformance(journey, EventLog.from([]), options as ConformanceOptions | undefined);
  const required = template.stages.map((stage) => stage.observable && !stage.optional);
  const counts = new Map<string, number>();
  const unrecognisedEvents: UnrecognisedEvent[] = [];
  const touchpointUse = stages.seen.map(() => ({ events: 0, customers: 0 }));
  const stageCustomers = new Array<number>(stageCount).fill(0);
  const entered = new Array<number>(stageCount).fill(0);
  const skipped = new Array<number>(stageCount).fill(0);
  const deviations = new Map<DeviationKind, number>(DEVIATION_KINDS.map((kind) => [kind, 0]));
  const backtracks = new Map<number, Counter>();
  const variants = new Map<string, { ranks: number[]; customers: number; kinds: Set<DeviationKind> }>();
  let observed = 0;
  let conforming = 0;
  forEachPart(rows, ["sequence", "unrecognised", "count", "touchpoint"], (part, cells) => {
    if (part === "count") counts.set(cells.text("name"), cells.count("events"));
    else if (part === "unrecognised")
      unrecognisedEvents.push({
        name: cells.text("name"),
        events: cells.count("events"),
        customers: cells.count("customers"),
      });
    else if (part === "touchpoint") {
      const index = cells.count("item");
      const use = touchpointUse[index] ?? cells.fail("item", `no touchpoint ${index} with event matchers`);
      use.events = cells.count("events");
      use.customers = cells.count("customers");
    } else {
      const keys = cells.textList("stages").map(Number);
      const ranks = ambiguousStage === "nearest" ? nearestStages(keys) : keys;
      if (ranks.some((rank) => !Number.isInteger(rank) || rank < 0 || rank >= stageCount)) {
        cells.fail("stages", `expected stage ranks from 0 to ${stageCount - 1}`);
      }
      const customers = cells.count("customers");
      const judged = judgeStageSequence(ranks, required, entry === "first");
      const kinds = new Set(judged.kinds);
      if (unrecognised === "deviation" && cells.boolean("has_unrecognised")) kinds.add("unrecognised");
      observed += customers;
      entered[ranks[0] as number] = (entered[ranks[0] as number] as number) + customers;
      for (const rank of judged.visited) stageCustomers[rank] = (stageCustomers[rank] as number) + customers;
      for (const rank of judged.skipped) skipped[rank] = (skipped[rank] as number) + customers;
      for (const pair of new Set(judged.backtracks)) {
        bump(
          backtracks,
          pair,
          judged.backtracks.filter((other) => other === pair).length * customers,
          customers,
        );
      }
      if (kinds.size === 0) {
        conforming += customers;
        return;
      }
      for (const kind of kinds) deviations.set(kind, (deviations.get(kind) as number) + customers);
      const key = ranks.join(",");
      const variant = variants.get(key) ?? { ranks, customers: 0, kinds: new Set<DeviationKind>() };
      variant.customers += customers;
      for (const kind of kinds) variant.kinds.add(kind);
      variants.set(key, variant);
    }
  });
  const share = (count: number) => (observed === 0 ? 0 : count / observed);
  const stageId = (rank: number) => stages.stageIds[rank] as string;
  const ranked: DeviatingVariant[] = [...variants.values()]
    .map((variant) => ({
      stages: variant.ranks.map(stageId),
      customers: variant.customers,
      share: share(variant.customers),
      deviations: DEVIATION_KINDS.filter((kind) => variant.kinds.has(kind)),
    }))
    .sort((a, b) => b.customers - a.customers || compareTextLists(a.stages, b.stages));
  const otherCustomers = ranked.slice(top).reduce((sum, variant) => sum + variant.customers, 0);
  const touchpoints = stages.seen
    .map((touchpoint, index) => ({
      id: touchpoint.id,
      ...(touchpointUse[index] as { events: number; customers: number }),
    }))
    .sort((a, b) => b.events - a.events || compareText(a.id, b.id));
  const backtrackList: Backtrack[] = [...backtracks].map(([pair, counter]) => ({
    from: stageId(Math.floor(pair / stageCount)),
    to: stageId(pair % stageCount),
    ...counter,
  }));
  const count = (name: string) => counts.get(name) ?? 0;
  return {
    customers: count("customers"),
    observedCustomers: observed,
    conformingCustomers: conforming,
    fitness: share(conforming),
    deviations: Object.fromEntries(deviations) as Record<DeviationKind, number>,
    stages: template.stages.map((stage, rank) => ({
      ...stage,
      customers: stageCustomers[rank] as number,
      entered: entered[rank] as number,
      skipped: skipped[rank] as number,
    })),
    backtracks: backtrackList.sort(
      (a, b) =>
        b.customers - a.customers ||
        b.times - a.times ||
        compareText(a.from, b.from) ||
        compareText(a.to, b.to),
    ),
    events: {
      total: count("events"),
      recognised: count("recognised"),
      unrecognised: count("unrecognised"),
      ignored: count("ignored"),
      ambiguous: count("ambiguous"),
    },
    unrecognisedEvents: unrecognisedEvents
      .sort((a, b) => b.events - a.events || compareText(a.name, b.name))
      .slice(0, top),
    touchpoints,
    unseenTouchpoints: touchpoints
      .filter((usage) => usage.events === 0)
      .map((usage) => usage.id)
      .sort(compareText),
    unobservableTouchpoints: template.unobservableTouchpoints,
    deviatingVariants: ranked.slice(0, top),
    otherDeviating: {
      variants: Math.max(ranked.length - top, 0),
      customers: otherCustomers,
      share: share(otherCustomers),
    },
  };
}
