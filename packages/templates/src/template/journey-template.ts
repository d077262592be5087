import type { Channel, JourneyInput, KpiKind, Segment } from "@journeykit/core";
import type { TemplateLocale } from "../locale/template-locale";

type TouchpointInput = NonNullable<JourneyInput["touchpoints"]>[number];
type KpiInput = NonNullable<JourneyInput["kpis"]>[number];

/**
 * The service-blueprint lanes of a stage, from what the customer sees down to the support
 * processes behind the line of visibility.
 *
 * @example
 * ```ts
 * const lane: BlueprintLane = "backstage";
 * ```
 */
export type BlueprintLane =
  | "physicalEvidence"
  | "customerActions"
  | "frontstage"
  | "backstage"
  | "supportProcesses";

/**
 * The locale-independent part of a template: ids, order, channels, event matchers, emotion
 * scores, severities and KPI targets. Every text is an id here; its words live in the
 * per-locale {@link TemplateMessages}, so a label missing in one language is found by
 * {@link checkTemplateLabels} rather than shown as a gap.
 *
 * Touchpoints list no stages: each stage lists its touchpoints and the journey built from the
 * template derives the other direction, so the two can never disagree.
 *
 * @example
 * ```ts
 * const structure = {
 *   id: "tiny-shop",
 *   version: "1.0.0",
 *   segment: "b2c",
 *   tags: ["b2c"],
 *   teams: ["web"],
 *   customEvents: [],
 *   offlineOnlyStages: [],
 *   optional: [],
 *   personas: [{ id: "kari", preferredChannels: ["app"], needs: [], goals: ["fast"], challenges: [] }],
 *   touchpoints: [{ id: "checkout", channel: "web", kind: "digital", events: [{ name: "purchase" }] }],
 *   kpis: [{ id: "conversion", kind: "conversion", stage: "buy", target: 0.03, direction: "higher-is-better", unit: "ratio" }],
 *   stages: [{
 *     id: "buy", order: 1, steps: ["pay"], touchpoints: ["checkout"], emotions: { kari: 1 },
 *     painPoints: [], opportunities: [], kpis: ["conversion"], owners: ["web"],
 *     blueprint: { physicalEvidence: [], customerActions: [], frontstage: [], backstage: [], supportProcesses: [] },
 *   }],
 * } as const satisfies TemplateStructure;
 * ```
 */
export interface TemplateStructure {
  /** The id of the journeys built from the template, e.g. `"b2c-ecommerce"`. */
  readonly id: string;
  /** The template's version, the built journey's `version`. */
  readonly version: string;
  /** The market the template is drawn for. */
  readonly segment: Exclude<Segment, "other">;
  /** Locale-independent tags of the built journey. */
  readonly tags: readonly string[];
  /** Ids of the teams that own stages; their names are labels. */
  readonly teams: readonly string[];
  /**
   * Event names used by touchpoint matchers that are neither recommended nor collected
   * automatically by GA4: marked here so nobody mistakes them for GA4 events. Each has a label
   * that says when to send it.
   */
  readonly customEvents: readonly string[];
  /** Stages whose touchpoints are all offline by design, so they carry no event matcher. */
  readonly offlineOnlyStages: readonly string[];
  /**
   * Stages that many customers rightly never show in data (the service stage of a shop is
   * seen only when someone contacts support or returns something). Pass them as
   * `optional` to `conformance` and to `stageFunnel`, so that customers
   * who pass through them unseen do not count as skipping them.
   */
  readonly optional: readonly string[];
  readonly personas: readonly {
    readonly id: string;
    readonly ageBand?: string;
    readonly segment?: Exclude<Segment, "other">;
    readonly demographics?: Readonly<Record<string, number>>;
    readonly preferredChannels: readonly Channel[];
    readonly needs: readonly string[];
    readonly goals: readonly string[];
    readonly challenges: readonly string[];
  }[];
  readonly touchpoints: readonly {
    readonly id: string;
    readonly channel: Channel;
    readonly kind: "digital" | "physical";
    readonly events: NonNullable<TouchpointInput["events"]>;
  }[];
  readonly kpis: readonly {
    readonly id: string;
    readonly kind: KpiKind;
    readonly stage?: string;
    readonly target?: number;
    readonly direction: NonNullable<KpiInput["direction"]>;
    readonly unit: NonNullable<KpiInput["unit"]>;
    /**
     * How the KPI is measured from GA4 events (see `KpiMeasureSchema`); left out where events
     * cannot measure it (surveys, revenue, offline work), so reports show it as "no data".
     */
    readonly measure?: NonNullable<KpiInput["measure"]>;
  }[];
  readonly stages: readonly {
    readonly id: string;
    readonly order: number;
    readonly steps: readonly string[];
    readonly touchpoints: readonly string[];
    readonly emotions: Readonly<Record<string, number>>;
    readonly painPoints: readonly { readonly id: string; readonly severity?: number }[];
    readonly opportunities: readonly string[];
    readonly kpis: readonly string[];
    readonly owners: readonly string[];
    readonly blueprint: { readonly [Lane in BlueprintLane]: readonly string[] };
  }[];
}

/**
 * The words of a template in one language, keyed by the ids of its {@link TemplateStructure}.
 * Typed from the structure, so the compiler reports a missing label in a template's locale
 * files; {@link checkTemplateLabels} checks the same at run time.
 *
 * `profile` says which B2B or B2C traits the template encodes (decision process, touchpoints,
 * relationship); `customEvents` says when to send each custom event.
 *
 * @example
 * ```ts
 * const nb: TemplateMessages<typeof structure> = {
 *   journey: { name: "Liten nettbutikk", description: "..." },
 *   profile: { decisionProcess: "...", touchpoints: "...", relationship: "..." },
 *   teams: { web: "Netthandel" },
 *   customEvents: {},
 *   personas: { kari: { name: "Kari", role: "...", description: "...", quote: "...", needs: {}, goals: { fast: "..." }, challenges: {} } },
 *   touchpoints: { checkout: { name: "Kasse", description: "..." } },
 *   kpis: { conversion: { name: "Konvertering", description: "..." } },
 *   stages: { buy: { name: "Kjøp", goal: "...", description: "...", steps: { pay: "Betaler" }, painPoints: {}, opportunities: {},
 *     blueprint: { physicalEvidence: {}, customerActions: {}, frontstage: {}, backstage: {}, supportProcesses: {} } } },
 * };
 * ```
 */
export interface TemplateMessages<Structure extends TemplateStructure = TemplateStructure> {
  readonly journey: { readonly name: string; readonly description: string };
  readonly profile: {
    /** Who decides and how: one person on impulse, or a buying committee over months. */
    readonly decisionProcess: string;
    /** Which touchpoints carry the journey: few and digital, or many, physical and personal. */
    readonly touchpoints: string;
    /** The relationship sought: transactional and repeatable, or long-term and trust-based. */
    readonly relationship: string;
  };
  readonly teams: { readonly [Id in Structure["teams"][number]]: string };
  readonly customEvents: { readonly [Id in Structure["customEvents"][number]]: string };
  readonly personas: {
    readonly [Persona in Structure["personas"][number] as Persona["id"]]: {
      readonly name: string;
      readonly role: string;
      readonly description: string;
      readonly quote: string;
      readonly needs: { readonly [Id in Persona["needs"][number]]: string };
      readonly goals: { readonly [Id in Persona["goals"][number]]: string };
      readonly challenges: { readonly [Id in Persona["challenges"][number]]: string };
    };
  };
  readonly touchpoints: {
    readonly [Touchpoint in Structure["touchpoints"][number] as Touchpoint["id"]]: {
      readonly name: string;
      readonly description: string;
    };
  };
  readonly kpis: {
    readonly [Kpi in Structure["kpis"][number] as Kpi["id"]]: {
      readonly name: string;
      readonly description: string;
    };
  };
  readonly stages: {
    readonly [Stage in Structure["stages"][number] as Stage["id"]]: {
      readonly name: string;
      readonly goal: string;
      readonly description: string;
      readonly steps: { readonly [Id in Stage["steps"][number]]: string };
      readonly painPoints: { readonly [Id in Stage["painPoints"][number]["id"]]: string };
      readonly opportunities: { readonly [Id in Stage["opportunities"][number]]: string };
      readonly blueprint: {
        readonly [Lane in BlueprintLane]: { readonly [Id in Stage["blueprint"][Lane][number]]: string };
      };
    };
  };
}

/**
 * A journey template: its locale-independent structure and its labels in every
 * {@link TemplateLocale}. Plain data; {@link fromTemplate} turns it into a validated journey.
 *
 * @example
 * ```ts
 * import { templates } from "@journeykit/templates";
 *
 * const template: JourneyTemplate = templates["b2c-ecommerce"];
 * template.structure.stages.map((stage) => stage.id);
 * // ["awareness", "consideration", "purchase", "service", "loyalty"]
 * template.messages.da.stages.purchase.name; // "Køb"
 * ```
 */
export interface JourneyTemplate<Structure extends TemplateStructure = TemplateStructure> {
  /** The template's id in the {@link templates} registry; also the built journey's id. */
  readonly id: Structure["id"];
  readonly structure: Structure;
  readonly messages: { readonly [Locale in TemplateLocale]: TemplateMessages<Structure> };
}
