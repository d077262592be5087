import * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { type Issue, issuesFromZod } from "../errors/issue";
import { SegmentDefinitionError } from "../errors/segment-definition-error";
import { EventLog } from "../event-log/event-log";
import { resolveAsOf } from "../event-log/resolve-as-of";
import type { PropertyValue } from "../model/event-matcher";
import { IdSchema } from "../model/identifier";
import { InstantSchema } from "../model/instant";
import type { Journey } from "../model/journey";
import { parseOptions } from "../options/parse-options";
import { type CustomerRecords, customerUniverse } from "./customer-universe";
import { type SegmentDefinitionInput, segmentReferences } from "./define-segment";
import { evaluateSegments } from "./evaluate-segments";
import { resolveSegments } from "./resolve-segments";
import { type ParsedCondition, SegmentConditionSchema } from "./segment-condition";

/**
 * A rule saying which customers resemble a persona: a persona id and a segment condition (see
 * {@link SegmentConditionSchema}). Rules are tried in order; the first that holds names the
 * customer's persona.
 *
 * @example
 * ```ts
 * PersonaRuleSchema.parse({
 *   persona: "kari",
 *   where: { and: [{ property: "ageBand", equals: "35-44" }, { property: "children", range: { min: 1 } }] },
 * });
 * ```
 */
export const PersonaRuleSchema = z.strictObject({ persona: IdSchema, where: SegmentConditionSchema });

/**
 * A persona rule, as {@link PersonaRuleSchema} accepts it.
 *
 * @example
 * ```ts
 * const rule: PersonaRule = { persona: "ola", where: { did: "purchase", atLeast: 5 } };
 * ```
 */
export type PersonaRule = z.input<typeof PersonaRuleSchema>;

/**
 * The options of {@link assignPersonas}: `rules`, which customers resemble which persona (by
 * default each persona's `demographics`), `log` for rules with `did` conditions, `segments` for
 * rules with `inSegment` conditions, and `asOf` for relative periods (the log's last timestamp
 * by default). {@link AssignPersonasOptionsSchema} checks them.
 *
 * @example
 * ```ts
 * const options: AssignPersonasOptions = { log, segments: [{ id: "buyers", where: { did: "purchase" } }] };
 * ```
 */
export interface AssignPersonasOptions {
  /** Which customers resemble which persona, tried in order (see {@link PersonaRuleSchema}). */
  readonly rules?: readonly PersonaRule[] | undefined;
  /** The events that `did` conditions count. */
  readonly log?: EventLog | undefined;
  /** Segments that `inSegment` conditions refer to. */
  readonly segments?: readonly SegmentDefinitionInput[] | undefined;
  /** Where relative periods end: ms since the epoch, an ISO 8601 date or a Date. */
  readonly asOf?: number | string | Date | undefined;
}

/**
 * The schema of {@link AssignPersonasOptions}. Strict: a misspelt option is an
 * `InvalidOptionError` naming it. Each rule and segment is checked on its own afterwards, so a
 * bad one is a `SegmentDefinitionError` with its path (`rules[2].persona`).
 *
 * @example
 * ```ts
 * AssignPersonasOptionsSchema.parse({ asOf: "2024-06-30" }); // { asOf: "2024-06-30" }
 * ```
 */
// Annotated: the inferred type would name type-fest's ReadonlyDeep through the rules' conditions.
export const AssignPersonasOptionsSchema: z.ZodType<AssignPersonasOptions, AssignPersonasOptions> =
  z.strictObject({
    rules: z.array(z.custom<PersonaRule>()).readonly().optional(),
    // Checked by assignPersonas itself: an instanceof here would pull EventLog into /schemas.
    log: z.custom<EventLog>().optional(),
    segments: z.array(z.custom<SegmentDefinitionInput>()).readonly().optional(),
    asOf: InstantSchema.optional(),
  });

/**
 * What {@link assignPersonas} returns.
 *
 * @example
 * ```ts
 * const result: PersonaAssignment = assignPersonas(customers, journey.personas);
 * result.unmatched; // { count: 12, share: 0.04 }
 * ```
 */
export interface PersonaAssignment {
  /** Every customer considered. */
  readonly customers: number;
  /** Per persona, in the order given: how many customers resemble it, and their share. */
  readonly personas: readonly {
    readonly id: string;
    readonly name: string;
    readonly count: number;
    readonly share: number;
  }[];
  /** Customers that no rule matched. */
  readonly unmatched: { readonly count: number; readonly share: number };
  /** Per customer id (sorted), the persona id, or null when none matched. */
  readonly assignments: Readonly<Record<string, string | null>>;
}

/** The rules used when none are given: a persona matches customers whose attributes equal all its demographics. */
function demographicRules(personas: Journey["personas"]): PersonaRule[] {
  return personas
    .filter((persona) => Object.keys(persona.demographics).length > 0)
    .map((persona) => ({
      persona: persona.id,
      where: {
        and: Object.entries(persona.demographics).map(([property, equals]: [string, PropertyValue]) => ({
          property,
          equals,
        })),
      },
    }));
}

/**
 * Finds which persona of a journey each customer resembles, by rules over their attributes (and,
 * with a log, their behaviour). Rules are tried in order and the first that holds wins; a
 * customer no rule matches is unmatched and counted, never forced into a persona.
 *
 * Without the `rules` option, a persona matches customers whose attributes equal every entry of its
 * `demographics` (personas without demographics then match nobody).
 *
 * @param customers - Attribute records keyed by customer id.
 * @param personas - The personas, usually `journey.personas`.
 * @param options - `rules`, `log`, `segments`, `asOf`: see {@link AssignPersonasOptions}.
 * @returns Counts per persona, the unmatched, and each customer's persona.
 * @throws {@link SegmentDefinitionError} for a rule outside the condition language, a rule for a
 * persona not given (`unknown_persona`) or a reference to a segment not given
 * (`unknown_segment`), with paths such as `["rules", 2, "persona"]`.
 * @throws {@link InvalidOptionError} for a misspelt option, a `log` that is not an `EventLog`, or
 * a rule that uses `did` when no `log` is given.
 *
 * @example
 * ```ts
 * import { assignPersonas } from "@journeykit/core";
 *
 * const personas = [
 *   { id: "kari", name: "Kari", demographics: { ageBand: "35-44" }, needs: [], goals: [], challenges: [], preferredChannels: [] },
 *   { id: "ola", name: "Ola", demographics: { ageBand: "18-24" }, needs: [], goals: [], challenges: [], preferredChannels: [] },
 * ];
 * const customers = { c1: { ageBand: "35-44" }, c2: { ageBand: "65+" }, c3: { ageBand: "18-24" } };
 * const result = assignPersonas(customers, personas);
 * result.assignments; // { c1: "kari", c2: null, c3: "ola" }
 * result.unmatched; // { count: 1, share: 0.3333333333333333 }
 * ```
 */
export function assignPersonas(
  customers: CustomerRecords,
  personas: Journey["personas"],
  options: AssignPersonasOptions = {},
): PersonaAssignment {
  const { rules, log, segments, asOf: asOfOption } = parseOptions(AssignPersonasOptionsSchema, options);
  if (log !== undefined && !(log instanceof EventLog)) {
    throw new InvalidOptionError({
      option: "log",
      problem: "expected an EventLog; build one with EventLog.from(events) or an adapter",
    });
  }
  const personaIds = new Set(personas.map((persona) => persona.id));
  const resolved = resolveSegments(segments ?? []);
  const segmentIds = new Set(resolved.segments.map((segment) => segment.id));
  const issues: Issue[] = [];
  const conditions: ParsedCondition[] = [];
  const ruleList = rules ?? demographicRules(personas);
  ruleList.forEach((rule, index) => {
    const parsed = PersonaRuleSchema.safeParse(rule);
    if (!parsed.success) {
      issues.push(...issuesFromZod(parsed.error, ["rules", index]));
      return;
    }
    if (!personaIds.has(parsed.data.persona)) {
      issues.push({
        code: "unknown_persona",
        path: ["rules", index, "persona"],
        message: `Rule ${index} is for persona "${parsed.data.persona}", which is not among the personas given (${[...personaIds].join(", ")}).`,
      });
    }
    for (const reference of segmentReferences(parsed.data.where, ["where"])) {
      if (!segmentIds.has(reference.id)) {
        issues.push({
          code: "unknown_segment",
          path: ["rules", index, ...reference.path],
          message: `Rule ${index} refers to segment "${reference.id}"; pass it in options.segments.`,
        });
      }
    }
    conditions.push(parsed.data.where);
  });
  if (issues.length > 0) throw new SegmentDefinitionError({ issues });
  const universe = customerUniverse(log, customers);
  const asOf = resolveAsOf(log, asOfOption);
  const matched = evaluateSegments(
    resolved.segments,
    resolved.order,
    universe,
    log,
    asOf,
    conditions,
  ).conditions;
  const counts = new Map(personas.map((persona) => [persona.id, 0]));
  const assignments: Record<string, string | null> = {};
  let unmatched = 0;
  universe.ids.forEach((id, customer) => {
    const rule = matched.findIndex((members) => members[customer] === 1);
    const persona = rule < 0 ? null : (ruleList[rule]?.persona ?? null);
    assignments[id] = persona;
    if (persona === null) unmatched += 1;
    else counts.set(persona, (counts.get(persona) ?? 0) + 1);
  });
  const total = universe.ids.length;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return {
    customers: total,
    personas: personas.map((persona) => {
      const count = counts.get(persona.id) ?? 0;
      return { id: persona.id, name: persona.name, count, share: share(count) };
    }),
    unmatched: { count: unmatched, share: share(unmatched) },
    assignments,
  };
}
