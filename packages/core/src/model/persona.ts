import * as z from "zod";
import { ChannelSchema } from "./channel";
import { IdSchema } from "./identifier";
import { SegmentSchema } from "./segment";

/**
 * A persona: a typical customer the journey is drawn for.
 *
 * @example
 * ```ts
 * PersonaSchema.parse({
 *   id: "kari",
 *   name: "Kari",
 *   ageBand: "35-44",
 *   role: "Mother of small children",
 *   segment: "b2c",
 *   goals: ["A fast and safe online purchase"],
 *   preferredChannels: ["app", "social"],
 *   quote: "I shop in the ten minutes after the kids fall asleep.",
 * });
 * ```
 */
export const PersonaSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  ageBand: z.string().optional(),
  role: z.string().optional(),
  segment: SegmentSchema.optional(),
  demographics: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  needs: z.array(z.string()).default([]),
  goals: z.array(z.string()).default([]),
  challenges: z.array(z.string()).default([]),
  preferredChannels: z.array(ChannelSchema).default([]),
  quote: z.string().optional(),
});

/**
 * A persona after validation (defaults filled in).
 *
 * @example
 * ```ts
 * const kari: Persona = PersonaSchema.parse({ id: "kari", name: "Kari" });
 * kari.goals; // []
 * ```
 */
export type Persona = z.output<typeof PersonaSchema>;
