import {
  EventMatcherSchema,
  IdSchema,
  KpiDefinitionSchema,
  TouchpointSchema,
} from "@journeykit/core/schemas";
import type { ReadonlyDeep } from "type-fest";
import * as z from "zod";
import { TemplateLocaleSchema } from "../locale/template-locale";

const TextSchema = z.string().min(1);

/**
 * What a team may change in a template without forking it. Shapes are checked by this schema;
 * {@link fromTemplate} also checks that every id named exists in the template.
 *
 * - `id`, `name`, `owner`: the journey's own fields.
 * - `stages`: rename a stage or change its goal or description, keyed by stage id.
 * - `touchpoints`: rename a touchpoint or replace its event matchers (map it to your own event
 *   names), keyed by touchpoint id.
 * - `dropTouchpoints` / `addTouchpoints`: remove touchpoints (also from their stages) or add
 *   new ones; an added touchpoint names its stages, which then list it.
 * - `kpis`: change a KPI's `target` or name, keyed by KPI id; `dropKpis` / `addKpis` remove or
 *   add KPIs (an added KPI with a `stage` is listed by that stage).
 *
 * @example
 * ```ts
 * TemplateOverridesSchema.parse({
 *   stages: { purchase: { name: "Checkout" } },
 *   dropTouchpoints: ["social"],
 *   kpis: { "cart-abandonment": { target: 0.6 } },
 * });
 * ```
 */
export const TemplateOverridesSchema = z.strictObject({
  id: IdSchema.optional(),
  name: TextSchema.optional(),
  owner: TextSchema.optional(),
  stages: z
    .record(
      IdSchema,
      z.strictObject({
        name: TextSchema.optional(),
        goal: TextSchema.optional(),
        description: TextSchema.optional(),
      }),
    )
    .optional(),
  touchpoints: z
    .record(
      IdSchema,
      z.strictObject({
        name: TextSchema.optional(),
        description: TextSchema.optional(),
        events: z.array(EventMatcherSchema).optional(),
      }),
    )
    .optional(),
  dropTouchpoints: z.array(IdSchema).optional(),
  addTouchpoints: z
    .array(
      TouchpointSchema.extend({ stages: z.array(IdSchema).min(1, { message: "Name at least one stage." }) }),
    )
    .optional(),
  kpis: z
    .record(
      IdSchema,
      z.strictObject({
        name: TextSchema.optional(),
        description: TextSchema.optional(),
        target: z.number().finite().optional(),
      }),
    )
    .optional(),
  dropKpis: z.array(IdSchema).optional(),
  addKpis: z.array(KpiDefinitionSchema).optional(),
});

/**
 * Overrides as a team writes them (see {@link TemplateOverridesSchema}); readonly, so
 * `as const` literals are accepted.
 *
 * @example
 * ```ts
 * const overrides: TemplateOverrides = {
 *   stages: { purchase: { name: "Kasse" } },
 *   kpis: { "cart-abandonment": { target: 0.6 } },
 * };
 * ```
 */
export type TemplateOverrides = ReadonlyDeep<z.input<typeof TemplateOverridesSchema>>;

/**
 * The options of {@link fromTemplate}: the `locale` of the labels (default `"en"`) and
 * optional `overrides`.
 *
 * @example
 * ```ts
 * FromTemplateOptionsSchema.parse({ locale: "nb" }); // { locale: "nb" }
 * FromTemplateOptionsSchema.safeParse({ locale: "sv" }).success; // false
 * ```
 */
export const FromTemplateOptionsSchema = z.strictObject({
  locale: TemplateLocaleSchema.default("en"),
  overrides: TemplateOverridesSchema.optional(),
});

/**
 * The options of {@link fromTemplate}, as a caller writes them.
 *
 * @example
 * ```ts
 * const options: FromTemplateOptions = { locale: "da", overrides: { name: "Vores webshop" } };
 * ```
 */
export type FromTemplateOptions = ReadonlyDeep<z.input<typeof FromTemplateOptionsSchema>>;
