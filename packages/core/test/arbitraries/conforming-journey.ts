import fc from "fast-check";
import type { JourneyEvent, JourneyInput } from "../../src/index";

/** A journey map and events generated from it, with the plan each customer followed. */
export interface ConformingJourney {
  readonly journey: JourneyInput;
  /** Per stage rank, the event names its touchpoints recognise (empty: unobservable stage). */
  readonly stageEvents: readonly (readonly string[])[];
  /** Per customer, the stage ranks visited in order (observable stages only, contiguous). */
  readonly plans: readonly (readonly number[])[];
  /** Events that follow the map: each customer walks forward through consecutive stages. */
  readonly events: readonly JourneyEvent[];
}

/**
 * Journey maps whose stages are told apart by their own event names (some stages have none and
 * cannot be observed; some touchpoints have no matchers), with customers who follow the map
 * without deviation: they enter at any observable stage, go forward through every observable
 * stage, repeat events within a stage and stop wherever they like. Timestamps tie now and then.
 */
export function conformingJourneyArbitrary(): fc.Arbitrary<ConformingJourney> {
  const stage = fc.record({
    observable: fc.nat(4).map((n) => n > 0),
    touchpoints: fc.integer({ min: 1, max: 2 }),
    eventsPerTouchpoint: fc.integer({ min: 1, max: 2 }),
  });
  const customer = fc.record({
    entry: fc.nat(),
    length: fc.nat(),
    picks: fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.nat()), { minLength: 6, maxLength: 6 }),
    gaps: fc.array(fc.nat(2), { minLength: 18, maxLength: 18 }),
  });
  return fc
    .record({
      stages: fc.array(stage, { minLength: 1, maxLength: 5 }),
      customers: fc.array(customer, { minLength: 1, maxLength: 10 }),
    })
    .filter(({ stages }) => stages.some((s) => s.observable))
    .map(({ stages, customers }) => {
      const touchpoints = stages.flatMap((s, rank) =>
        Array.from({ length: s.touchpoints }, (_, t) => ({
          id: `tp-${rank}-${t}`,
          name: `Touchpoint ${rank}.${t}`,
          channel: "web" as const,
          kind: "digital" as const,
          stages: [`stage-${rank}`],
          events: s.observable
            ? Array.from({ length: s.eventsPerTouchpoint }, (_, e) => ({ name: `s${rank}_t${t}_e${e}` }))
            : [],
        })),
      );
      const stageEvents = stages.map((_, rank) =>
        touchpoints
          .filter((tp) => tp.stages[0] === `stage-${rank}`)
          .flatMap((tp) => tp.events.map((e) => e.name)),
      );
      const observable = stageEvents.flatMap((names, rank) => (names.length > 0 ? [rank] : []));
      const events: JourneyEvent[] = [];
      const plans = customers.map(({ entry, length, picks, gaps }, c) => {
        const from = entry % observable.length;
        const plan = observable.slice(from, from + 1 + (length % (observable.length - from)));
        let time = 0;
        let gap = 0;
        plan.forEach((rank, i) => {
          const [repeats, pick] = picks[i] ?? [1, 0];
          const names = stageEvents[rank] ?? [];
          for (let r = 0; r < repeats; r += 1) {
            time += gaps[gap++ % gaps.length] ?? 1;
            events.push({
              customerId: `c${c}`,
              timestamp: time * 1000,
              name: names[(pick + r) % names.length] as string,
            });
          }
        });
        return plan;
      });
      const journey: JourneyInput = {
        format: "journeykit/v1",
        id: "generated",
        name: "Generated",
        version: "1",
        touchpoints,
        stages: stages.map((_, rank) => ({
          id: `stage-${rank}`,
          name: `Stage ${rank}`,
          order: rank + 1,
          touchpoints: touchpoints.filter((tp) => tp.stages[0] === `stage-${rank}`).map((tp) => tp.id),
        })),
      };
      return { journey, stageEvents, plans, events };
    });
}
