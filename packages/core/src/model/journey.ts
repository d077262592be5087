import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";
import { IdSchema } from "./identifier";
import { KpiDefinitionSchema } from "./kpi";
import { PersonaSchema } from "./persona";
import { SegmentSchema } from "./segment";
import { StageSchema } from "./stage";
import { TouchpointSchema } from "./touchpoint";

/**
 * The format tag every journey document carries; a later incompatible format gets a new tag.
 *
 * @example
 * ```ts
 * JOURNEY_FORMAT; // "journeykit/v1"
 * ```
 */
export const JOURNEY_FORMAT = "journeykit/v1";

/**
 * The schema of a journey map document. It checks shapes only; `defineJourney` also checks
 * references between stages, touchpoints, personas and KPIs.
 *
 * @example
 * ```ts
 * const result = JourneySchema.safeParse(JSON.parse(text));
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const JourneySchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(JOURNEY_FORMAT),
  id: IdSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  version: z.string().min(1),
  status: z.enum(["draft", "researched", "live", "retired"]).default("draft"),
  kind: z.enum(["macro", "micro", "service-blueprint"]).default("macro"),
  segment: SegmentSchema.default("other"),
  owner: z.string().optional(),
  tags: z.array(z.string()).default([]),
  personas: z.array(PersonaSchema).default([]),
  touchpoints: z.array(TouchpointSchema).default([]),
  kpis: z.array(KpiDefinitionSchema).default([]),
  stages: z.array(StageSchema).min(1, { message: "A journey needs at least one stage." }),
});

/**
 * What you may write in a journey document: optional fields may be left out and get defaults.
 * Readonly, so `as const` literals are accepted.
 *
 * @example
 * ```ts
 * const input: JourneyInput = {
 *   format: "journeykit/v1",
 *   id: "shop",
 *   name: "Web shop",
 *   version: "1.0.0",
 *   stages: [{ id: "awareness", name: "Awareness", order: 1 }],
 * };
 * ```
 */
export type JourneyInput = ReadonlyDeep<z.input<typeof JourneySchema>>;

/**
 * A validated journey map: every default filled in, deeply readonly, stages sorted by `order`.
 *
 * @example
 * ```ts
 * const journey: Journey = defineJourney(input);
 * journey.stages[0]?.name;
 * ```
 */
export type Journey = ReadonlyDeep<z.output<typeof JourneySchema>>;
