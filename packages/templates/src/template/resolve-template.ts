import { JOURNEY_FORMAT, type JourneySchema } from "@journeykit/core/schemas";
import type * as z from "zod";
import type { TemplateLocale } from "../locale/template-locale";
import type { BlueprintLane, JourneyTemplate } from "./journey-template";

/**
 * A journey document with every field present (the schema's output shape, which it also
 * accepts as input), mutable so that overrides can be applied to it before validation.
 */
export type JourneyDocument = z.output<typeof JourneySchema>;

type TouchpointDocument = JourneyDocument["touchpoints"][number];
type KpiDocument = JourneyDocument["kpis"][number];

/** A template rendered in one locale, and the label keys it needed but did not find or did not use. */
export interface ResolvedTemplate {
  readonly document: JourneyDocument;
  /** Dotted keys such as `stages.purchase.steps.pay`, in the order the template reads them. */
  readonly missing: readonly string[];
  /** Keys present in the locale's messages that no part of the structure reads. */
  readonly unused: readonly string[];
}

const lanes: readonly BlueprintLane[] = [
  "physicalEvidence",
  "customerActions",
  "frontstage",
  "backstage",
  "supportProcesses",
];

function leafKeys(value: unknown, prefix: string, into: string[]): string[] {
  if (typeof value === "string") into.push(prefix);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value))
      leafKeys(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

/**
 * Builds the journey document of a template in one locale, reading every label through one
 * lookup so that missing and unused labels are both found in the same pass.
 */
export function resolveTemplate(template: JourneyTemplate, locale: TemplateLocale): ResolvedTemplate {
  const messages: unknown = template.messages[locale];
  const read = new Set<string>();
  const missing: string[] = [];
  const label = (...path: string[]): string => {
    const key = path.join(".");
    read.add(key);
    let value = messages;
    for (const segment of path) {
      value =
        value !== null && typeof value === "object" && Object.hasOwn(value, segment)
          ? (value as Record<string, unknown>)[segment]
          : undefined;
    }
    if (typeof value === "string" && value.length > 0) return value;
    missing.push(key);
    return key;
  };
  const labels = (ids: readonly string[], ...path: string[]) => ids.map((id) => label(...path, id));
  const { structure } = template;

  const document: JourneyDocument = {
    format: JOURNEY_FORMAT,
    id: structure.id,
    name: label("journey", "name"),
    description: label("journey", "description"),
    version: structure.version,
    status: "draft",
    kind: "macro",
    segment: structure.segment,
    tags: [...structure.tags],
    personas: structure.personas.map((persona) => ({
      id: persona.id,
      name: label("personas", persona.id, "name"),
      description: label("personas", persona.id, "description"),
      ...(persona.ageBand === undefined ? {} : { ageBand: persona.ageBand }),
      role: label("personas", persona.id, "role"),
      ...(persona.segment === undefined ? {} : { segment: persona.segment }),
      demographics: { ...persona.demographics },
      needs: labels(persona.needs, "personas", persona.id, "needs"),
      goals: labels(persona.goals, "personas", persona.id, "goals"),
      challenges: labels(persona.challenges, "personas", persona.id, "challenges"),
      preferredChannels: [...persona.preferredChannels],
      quote: label("personas", persona.id, "quote"),
    })),
    touchpoints: structure.touchpoints.map((touchpoint) => ({
      id: touchpoint.id,
      name: label("touchpoints", touchpoint.id, "name"),
      description: label("touchpoints", touchpoint.id, "description"),
      channel: touchpoint.channel,
      kind: touchpoint.kind,
      stages: structure.stages
        .filter((stage) => stage.touchpoints.includes(touchpoint.id))
        .map((stage) => stage.id),
      events: structuredClone(touchpoint.events) as TouchpointDocument["events"],
    })),
    kpis: structure.kpis.map((kpi) => ({
      id: kpi.id,
      name: label("kpis", kpi.id, "name"),
      description: label("kpis", kpi.id, "description"),
      kind: kpi.kind,
      ...(kpi.stage === undefined ? {} : { stage: kpi.stage }),
      ...(kpi.target === undefined ? {} : { target: kpi.target }),
      direction: kpi.direction,
      unit: kpi.unit,
      ...(kpi.measure === undefined
        ? {}
        : { measure: structuredClone(kpi.measure) as KpiDocument["measure"] }),
    })),
    stages: structure.stages.map((stage) => {
      const at = ["stages", stage.id] as const;
      return {
        id: stage.id,
        name: label(...at, "name"),
        order: stage.order,
        optional: structure.optional.includes(stage.id),
        goal: label(...at, "goal"),
        description: label(...at, "description"),
        steps: labels(stage.steps, ...at, "steps"),
        touchpoints: [...stage.touchpoints],
        emotions: { ...stage.emotions },
        painPoints: stage.painPoints.map((painPoint) => ({
          id: painPoint.id,
          description: label(...at, "painPoints", painPoint.id),
          ...(painPoint.severity === undefined ? {} : { severity: painPoint.severity }),
        })),
        opportunities: labels(stage.opportunities, ...at, "opportunities"),
        kpis: [...stage.kpis],
        owners: labels(stage.owners, "teams"),
        blueprint: Object.fromEntries(
          lanes.map((lane) => [lane, labels(stage.blueprint[lane], ...at, "blueprint", lane)]),
        ) as Record<BlueprintLane, string[]>,
      };
    }),
  };
  for (const name of structure.customEvents) label("customEvents", name);
  for (const key of ["decisionProcess", "touchpoints", "relationship"]) label("profile", key);

  const unused = leafKeys(messages, "", []).filter((key) => !read.has(key));
  return { document, missing, unused };
}
