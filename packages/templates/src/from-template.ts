import type { Journey } from "@journeykit/core";
import { issuesFromZod } from "@journeykit/core/adapter";
import { TemplateOptionsError } from "./errors/template-options-error";
import { UnknownTemplateError } from "./errors/unknown-template-error";
import { applyOverrides } from "./overrides/apply-overrides";
import { type FromTemplateOptions, FromTemplateOptionsSchema } from "./overrides/template-overrides";
import { type TemplateId, templates } from "./registry";
import { buildJourney } from "./template/build-journey";
import type { JourneyTemplate } from "./template/journey-template";

/**
 * Builds a validated journey from a template, in the locale asked for and with the team's
 * overrides applied, so a team can customise a template without forking it. The journey is
 * what `defineJourney` returns: typed, with defaults filled in, stages sorted, frozen.
 *
 * Overrides are checked as a whole before anything is built: their shape by
 * {@link TemplateOverridesSchema}, then every stage, touchpoint and KPI id they name against
 * the template. All problems are reported at once, each with its path inside `options`.
 *
 * @param id - A template id from {@link templates}, e.g. `"b2c-ecommerce"`.
 * @param options - `locale` (`"en"`, `"nb"` or `"da"`; default `"en"`) and `overrides`.
 * @returns The journey.
 * @throws {@link UnknownTemplateError} when no template has the id.
 * @throws {@link TemplateOptionsError} when the locale or the overrides are invalid; its
 * `issues` carry the `code` and the `path`, e.g. `["overrides", "addTouchpoints", 0, "stages", 0]`.
 *
 * @example
 * ```ts
 * import { fromTemplate } from "@journeykit/templates";
 *
 * const journey = fromTemplate("b2c-ecommerce", {
 *   locale: "nb",
 *   overrides: {
 *     stages: { purchase: { name: "Kasse" } },
 *     dropTouchpoints: ["reviews-comparison"],
 *     addTouchpoints: [{
 *       id: "vipps", name: "Vipps", channel: "app", kind: "digital", stages: ["purchase"],
 *       events: [{ name: "add_payment_info", where: { payment_type: { equals: "vipps" } } }],
 *     }],
 *     kpis: { "cart-abandonment": { target: 0.6 } },
 *   },
 * });
 * journey.stages.map((stage) => stage.name); // ["Bevissthet", "Vurdering", "Kasse", "Oppfølging", "Lojalitet"]
 * journey.kpis.find((kpi) => kpi.id === "cart-abandonment")?.target; // 0.6
 * ```
 */
export function fromTemplate(id: TemplateId | (string & {}), options: FromTemplateOptions = {}): Journey {
  const template: JourneyTemplate | undefined = Object.hasOwn(templates, id)
    ? templates[id as TemplateId]
    : undefined;
  if (!template) throw new UnknownTemplateError({ templateId: id, knownTemplates: Object.keys(templates) });
  const parsed = FromTemplateOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new TemplateOptionsError({ templateId: id, issues: issuesFromZod(parsed.error) });
  }
  const { locale, overrides } = parsed.data;
  return buildJourney(template, locale, (document) => {
    const issues = overrides ? applyOverrides(document, overrides) : [];
    if (issues.length > 0) throw new TemplateOptionsError({ templateId: id, issues });
  });
}
