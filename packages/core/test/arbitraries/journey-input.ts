import fc from "fast-check";
import type { JourneyInput } from "../../src/index";
import { CHANNELS } from "../../src/schemas";

const text = fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" });

/**
 * Valid journey documents with consistent references: n stages ordered 1..n in shuffled array
 * order, touchpoints that list the stages which list them, personas with emotions on stages,
 * and KPIs on known stages.
 */
export function journeyInputArbitrary(): fc.Arbitrary<JourneyInput> {
  return fc
    .record({
      stageCount: fc.integer({ min: 1, max: 6 }),
      touchpointCount: fc.integer({ min: 0, max: 6 }),
      personaCount: fc.integer({ min: 0, max: 3 }),
      kpiCount: fc.integer({ min: 0, max: 4 }),
      seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
      names: fc.array(text, { minLength: 20, maxLength: 20 }),
      emotion: fc.integer({ min: -4, max: 4 }).map((halfSteps) => halfSteps / 2),
      status: fc.constantFrom("draft", "researched", "live", "retired" as const),
      tags: fc.array(text, { maxLength: 3 }),
    })
    .map(({ stageCount, touchpointCount, personaCount, kpiCount, seed, names, emotion, status, tags }) => {
      const pick = (index: number, modulo: number) => (seed[index % seed.length] ?? 0) % modulo;
      const name = (index: number) => names[index % names.length] ?? "x";
      const stageIds = Array.from({ length: stageCount }, (_, i) => `stage-${i}`);
      const personaIds = Array.from({ length: personaCount }, (_, i) => `persona-${i}`);
      const touchpoints = Array.from({ length: touchpointCount }, (_, i) => ({
        id: `tp-${i}`,
        name: name(i),
        channel: CHANNELS[pick(i, CHANNELS.length)] ?? "web",
        kind: pick(i + 1, 2) === 0 ? ("digital" as const) : ("physical" as const),
        stages: [stageIds[pick(i + 2, stageCount)] ?? "stage-0"],
        events: [{ name: `event_${i}`, where: { page: { prefix: "/p" } } }],
      }));
      const kpis = Array.from({ length: kpiCount }, (_, i) => ({
        id: `kpi-${i}`,
        name: name(i + 7),
        kind: "conversion" as const,
        stage: stageIds[pick(i + 3, stageCount)] ?? "stage-0",
        target: pick(i + 4, 100) / 100,
      }));
      const stages = stageIds.map((id, i) => ({
        id,
        name: name(i + 13),
        order: i + 1,
        touchpoints: touchpoints.filter((tp) => tp.stages.includes(id)).map((tp) => tp.id),
        kpis: kpis.filter((kpi) => kpi.stage === id).map((kpi) => kpi.id),
        emotions: Object.fromEntries(personaIds.map((personaId) => [personaId, emotion])),
        painPoints: [{ id: `pain-${i}`, description: name(i + 3) }],
      }));
      // Shuffle array order so that sorting by `order` is exercised.
      stages.sort((a, b) => pick(a.order + 20, 7) - pick(b.order + 20, 7));
      return {
        format: "journeykit/v1" as const,
        id: "generated",
        name: name(0),
        version: "1.0.0",
        status,
        tags,
        personas: personaIds.map((id, i) => ({ id, name: name(i + 5) })),
        touchpoints,
        kpis,
        stages,
      };
    });
}
