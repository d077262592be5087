import { InvalidOptionError } from "../errors/invalid-option-error";
import { JourneyValidationError } from "../errors/journey-validation-error";
import type { EventLog } from "../event-log/event-log";
import { anyStep } from "../matching/any-step";
import type { Journey } from "../model/journey";
import { safeParseJourney } from "../model/safe-parse-journey";
import { parseOptions } from "../options/parse-options";
import { compareNameLists, compareNames } from "../util/compare-names";
import { countsByName, createTally, type Tally, tally } from "../util/tally";
import { type ConformanceOptions, ConformanceOptionsSchema, type DeviationKind } from "./conformance-options";
import type { ConformanceResult, DeviatingVariant } from "./conformance-result";
import { DEVIATION_KINDS, judgeSequence, UNRECOGNISED_EVENTS } from "./judge-sequence";
import { compileStageAssigner, NO_STAGE, UNRECOGNISED } from "./stage-assigner";

interface VariantCount {
  readonly ranks: readonly number[];
  customers: number;
  kinds: number;
}

/**
 * Checks behaviour data against a journey map: does what customers do follow the documented
 * stages? This is what keeps a journey map a living document.
 *
 * **Events to stages.** Each event (in log order: time; ties by sequence, then name and content) is tested against
 * every touchpoint's event matchers. An event that matches no touchpoint is *unrecognised*:
 * behaviour the map does not document, reported by name. An event that matches touchpoints of
 * several stages is *ambiguous* and gets one stage by `ambiguousStage` (default `"nearest"`: stay
 * in the customer's current stage if it is a candidate, else move to the earliest candidate
 * after it, else the latest before it). Events matching `ignore` are skipped entirely.
 *
 * **Sequences.** A customer's *stage sequence* is the stages of their mapped events in order,
 * consecutive repeats collapsed (`awareness awareness purchase` is `awareness purchase`).
 * Customers with no mapped event are not *observed* and do not count in `fitness`.
 *
 * **Conformance.** Stages are ordered by `order`. Stages without any touchpoint that has event
 * matchers are *unobservable* and left out of the checks; stages the journey marks `optional`,
 * and those listed in the `optional` option, may be skipped. A customer *conforms* when their sequence
 * 1. never moves to a lower-order stage (no *backtrack*; returning to a stage is a loop, and a
 *    loop starts with a backtrack),
 * 2. visits every required stage between the stage they entered at and the furthest stage they
 *    reached (no *skip*); stopping early is drop-off, not a deviation,
 * 3. with `entry: "first"`, enters at the first required stage (no *late entry*); with the
 *    default `entry: "any"`, a customer may enter anywhere (data often starts mid-journey),
 * 4. with `unrecognised: "deviation"`, has no unrecognised event.
 *
 * `fitness` is the share of observed customers who conform. Its complement is broken down in
 * `deviations` (customers per kind), `stages[].skipped`, `backtracks`, and the most common
 * deviating sequences (`deviatingVariants`).
 *
 * @param journey - A journey map, as `defineJourney` returns it; it is checked again here.
 * @param log - The events.
 * @param options - See {@link ConformanceOptionsSchema}.
 * @returns The report; lists sorted by count (most first), then by name or id.
 * @throws {@link JourneyValidationError} when the journey is not valid (for example a touchpoint
 * naming a stage the journey does not define); its `issues` say where.
 * @throws {@link InvalidOptionError} when an option is invalid, such as an `optional` entry
 * that names no stage of the journey.
 *
 * @example
 * ```ts
 * const journey = defineJourney({
 *   format: "journeykit/v1", id: "shop", name: "Shop", version: "1",
 *   touchpoints: [
 *     { id: "pdp", name: "Product page", channel: "web", kind: "digital", stages: ["consider"], events: [{ name: "view_item" }] },
 *     { id: "checkout", name: "Checkout", channel: "web", kind: "digital", stages: ["buy"], events: [{ name: "purchase" }] },
 *   ],
 *   stages: [
 *     { id: "consider", name: "Consider", order: 1, touchpoints: ["pdp"] },
 *     { id: "buy", name: "Buy", order: 2, touchpoints: ["checkout"] },
 *   ],
 * });
 * const log = EventLog.from([
 *   { customerId: "ann", timestamp: 1, name: "view_item" },
 *   { customerId: "ann", timestamp: 2, name: "purchase" },
 *   { customerId: "bob", timestamp: 1, name: "purchase" },
 *   { customerId: "bob", timestamp: 2, name: "view_item" },
 *   { customerId: "bob", timestamp: 3, name: "scroll" },
 * ]);
 * const report = conformance(journey, log);
 * report.fitness; // 0.5 (bob went back from buy to consider)
 * report.backtracks; // [{ from: "buy", to: "consider", times: 1, customers: 1 }]
 * report.unrecognisedEvents; // [{ name: "scroll", events: 1, customers: 1 }]
 * ```
 */
export function conformance(
  journey: Journey,
  log: EventLog,
  options?: ConformanceOptions,
): ConformanceResult {
  const checked = safeParseJourney(journey);
  if (!checked.success) throw new JourneyValidationError({ issues: checked.issues });
  const { stages, touchpoints: allTouchpoints } = checked.journey;
  const {
    entry,
    optional: optionalStages,
    ambiguousStage,
    unrecognised,
    ignore,
    top,
  } = parseOptions(ConformanceOptionsSchema, options);
  const stageCount = stages.length;
  const rankOf = new Map(stages.map((stage, rank) => [stage.id, rank]));
  // A stage is optional when the map marks it so or the caller lists it.
  const optional = Uint8Array.from(stages, (stage) => (stage.optional ? 1 : 0));
  optionalStages.forEach((id, index) => {
    const rank = rankOf.get(id);
    if (rank === undefined) {
      throw new InvalidOptionError({
        option: `optional[${index}]`,
        problem: `journey "${checked.journey.id}" has no stage "${id}"; use one of ${stages.map((stage) => `"${stage.id}"`).join(", ")}`,
      });
    }
    optional[rank] = 1;
  });

  const assigner = compileStageAssigner(checked.journey, log, ambiguousStage);
  const required = assigner.observable.map((observable, rank) =>
    observable === 1 && optional[rank] === 0 ? 1 : 0,
  );
  const rules = { required, entryAtFirst: entry === "first" };
  const isIgnored = anyStep(log, ignore);
  const unrecognisedByName = createTally(log.columns.names.length);
  const touchpointUse = createTally(assigner.touchpointIds.length);
  const stageCustomers = new Uint32Array(stageCount);
  const entered = new Uint32Array(stageCount);
  const skipped = new Uint32Array(stageCount);
  const backtracks = createTally(stageCount * stageCount);
  const visited = new Uint32Array(stageCount);
  const deviationCustomers = new Uint32Array(DEVIATION_KINDS.length);
  const variants = new Map<string, VariantCount>();
  const events = { total: log.size, recognised: 0, unrecognised: 0, ignored: 0, ambiguous: 0 };
  let customers = 0;
  let observedCustomers = 0;
  let conformingCustomers = 0;
  const sequence: number[] = [];

  for (let customer = 0; customer < log.customerCount; customer += 1) {
    const first = log.columns.customerStart[customer] as number;
    const last = log.columns.customerStart[customer + 1] as number;
    if (first === last) continue;
    customers += 1;
    sequence.length = 0;
    let current = -1;
    let hasUnrecognised = false;
    for (let i = first; i < last; i += 1) {
      if (isIgnored(i)) {
        events.ignored += 1;
        continue;
      }
      const rank = assigner.assign(i, current);
      if (rank === UNRECOGNISED) {
        events.unrecognised += 1;
        hasUnrecognised = true;
        tally(unrecognisedByName, log.columns.name[i] as number, customer);
        continue;
      }
      events.recognised += 1;
      if (assigner.ambiguous) events.ambiguous += 1;
      for (let k = 0; k < assigner.matchedCount; k += 1)
        tally(touchpointUse, assigner.matched[k] as number, customer);
      if (rank !== NO_STAGE && rank !== current) {
        sequence.push(rank);
        current = rank;
      }
    }
    if (sequence.length === 0) continue;
    observedCustomers += 1;
    const entryRank = sequence[0] as number;
    entered[entryRank] = (entered[entryRank] as number) + 1;
    let kinds = judgeSequence(sequence, customer + 1, visited, rules, {
      skipped: (rank) => {
        skipped[rank] = (skipped[rank] as number) + 1;
      },
      backtrack: (from, to) => tally(backtracks, from * stageCount + to, customer),
    });
    visited.forEach((tag, rank) => {
      if (tag === customer + 1) stageCustomers[rank] = (stageCustomers[rank] as number) + 1;
    });
    if (hasUnrecognised && unrecognised === "deviation") kinds |= UNRECOGNISED_EVENTS;
    if (kinds === 0) {
      conformingCustomers += 1;
      continue;
    }
    DEVIATION_KINDS.forEach((_, bit) => {
      if ((kinds & (1 << bit)) !== 0) deviationCustomers[bit] = (deviationCustomers[bit] as number) + 1;
    });
    const key = sequence.join(",");
    const variant = variants.get(key) ?? { ranks: [...sequence], customers: 0, kinds: 0 };
    variant.customers += 1;
    variant.kinds |= kinds;
    variants.set(key, variant);
  }

  const share = (count: number) => (observedCustomers === 0 ? 0 : count / observedCustomers);
  const stageId = (rank: number) => stages[rank]?.id as string;
  const ranked: DeviatingVariant[] = [...variants.values()]
    .map(({ ranks, customers: count, kinds }) => ({
      stages: ranks.map(stageId),
      customers: count,
      share: share(count),
      deviations: DEVIATION_KINDS.filter((_, bit) => (kinds & (1 << bit)) !== 0),
    }))
    .sort((a, b) => b.customers - a.customers || compareNameLists(a.stages, b.stages));
  const otherCustomers = ranked.slice(top).reduce((sum, variant) => sum + variant.customers, 0);
  const touchpointUsage = assigner.touchpointIds
    .map((id, index) => ({
      id,
      events: touchpointUse.events[index] as number,
      customers: touchpointUse.customers[index] as number,
    }))
    .sort((a, b) => b.events - a.events || compareNames(a.id, b.id));

  return {
    customers,
    observedCustomers,
    conformingCustomers,
    fitness: share(conformingCustomers),
    deviations: Object.fromEntries(
      DEVIATION_KINDS.map((kind, bit) => [kind, deviationCustomers[bit] as number]),
    ) as Record<DeviationKind, number>,
    stages: stages.map((stage, rank) => ({
      id: stage.id,
      order: stage.order,
      observable: assigner.observable[rank] === 1,
      optional: optional[rank] === 1,
      customers: stageCustomers[rank] as number,
      entered: entered[rank] as number,
      skipped: skipped[rank] as number,
    })),
    backtracks: listBacktracks(backtracks, stageCount, stageId),
    events,
    unrecognisedEvents: countsByName(unrecognisedByName, log.columns.names).slice(0, top),
    touchpoints: touchpointUsage,
    unseenTouchpoints: touchpointUsage
      .filter((usage) => usage.events === 0)
      .map((usage) => usage.id)
      .sort(compareNames),
    unobservableTouchpoints: allTouchpoints
      .filter((touchpoint) => touchpoint.events.length === 0)
      .map((touchpoint) => touchpoint.id)
      .sort(compareNames),
    deviatingVariants: ranked.slice(0, top),
    otherDeviating: {
      variants: Math.max(ranked.length - top, 0),
      customers: otherCustomers,
      share: share(otherCustomers),
    },
  };
}

function listBacktracks(counts: Tally, stageCount: number, stageId: (rank: number) => string) {
  const result: { from: string; to: string; times: number; customers: number }[] = [];
  counts.events.forEach((times, key) => {
    if (times === 0) return;
    result.push({
      from: stageId(Math.floor(key / stageCount)),
      to: stageId(key % stageCount),
      times,
      customers: counts.customers[key] as number,
    });
  });
  return result.sort(
    (a, b) =>
      b.customers - a.customers ||
      b.times - a.times ||
      compareNames(a.from, b.from) ||
      compareNames(a.to, b.to),
  );
}
