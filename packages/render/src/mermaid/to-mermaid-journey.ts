import { InvalidOptionError, type Journey, kpiReport } from "@journeykit/core";
import { parseOptions } from "@journeykit/core/adapter";
import { createFormatter } from "../locale/formatter";
import { labelsFor } from "../locale/labels";
import { displayStatus, type JourneyMetrics, type KpiDisplayStatus } from "../metrics/journey-metrics";
import { MermaidJourneyOptionsSchema } from "../options/render-option-schemas";
import { collapseWhitespace } from "../svg/wrap-text";

/**
 * Options of {@link toMermaidJourney}.
 *
 * @example
 * ```ts
 * const options: MermaidJourneyOptions = { persona: "kari", locale: "nb", metrics: { nps: { value: 31 } } };
 * ```
 */
export interface MermaidJourneyOptions {
  /** Measured KPI values by KPI id, drawn as tasks scored by their status (as `renderJourneyMap`'s). */
  readonly metrics?: JourneyMetrics;
  /** Draw only this persona (an id); every persona with emotions when left out. */
  readonly persona?: string;
  /** Locale of KPI values and the word "target" (English, Norwegian Bokmål, Danish). Default `"en"`. */
  readonly locale?: string;
}

/** Characters the journey grammar reads as syntax (comments, separators) or that Mermaid's sanitiser would eat. */
const SYNTAX = /[#:;,<>&]/g;
/** Words the journey lexer reads as keywords at the start of a line, and a leading `%` (a comment). */
const KEYWORD_START = /^(?:journey\b|title\s|section\s|acctitle\b|accdescr\b|%)/i;

/**
 * Writes text so Mermaid's journey grammar takes it as plain text: whitespace collapsed to one
 * line, and syntax characters as Mermaid entity codes (`#58;` for `:`), which Mermaid turns back
 * into the character when it draws. A leading keyword gets its first letter encoded the same way.
 */
function mermaidText(text: string, fallback: string): string {
  const written = collapseWhitespace(text);
  const line = written === "" ? fallback : written;
  const encode = (character: string) => `#${character.codePointAt(0)};`;
  const escaped = line.replace(SYNTAX, encode);
  return KEYWORD_START.test(escaped) ? escaped.replace(/^./u, encode) : escaped;
}

/** The task score Mermaid draws for a KPI's status: a happy face on target, a sad one off it. */
const STATUS_SCORE: Readonly<Record<KpiDisplayStatus, number>> = {
  "on-target": 5,
  "off-target": 1,
  unclear: 3,
  "no-target": 3,
  "no-data": 3,
};

/** Emotions run -2..+2 and Mermaid scores 1..5, so a score is the emotion plus 3, halves kept. */
const NEUTRAL_SCORE = 3;

/**
 * Writes a journey as a Mermaid `journey` diagram, so maps drop into Markdown on GitHub, GitLab
 * and documentation sites. Sections are the stages in order, tasks are each stage's steps (the
 * stage name when it has none), scores are the emotion plus 3 (-2..+2 becomes 1..5; 3 where no
 * persona has an emotion) and actors are the personas. Personas whose emotions differ at a stage
 * get a task each. With `metrics`, each measured KPI becomes a task of its stage, scored 5 on
 * target, 1 off target and 3 when unclear.
 *
 * Text is kept, not stripped: characters the grammar cannot take (`#`, `:`, `;`, `,`, `<`, `>`,
 * `&`) are written as Mermaid entity codes (`#58;`), which Mermaid draws as the character; line
 * breaks become spaces.
 *
 * @param journey - A journey from `defineJourney` (or a template).
 * @param options - Metrics, persona and locale.
 * @returns The diagram text, starting with `journey`.
 * @throws `InvalidOptionError` (from `@journeykit/core`) for an unknown persona or invalid metrics or locale.
 *
 * @example
 * ```ts
 * toMermaidJourney(defineJourney({
 *   format: "journeykit/v1", id: "shop", name: "Shop: first visit", version: "1",
 *   personas: [{ id: "kari", name: "Kari" }],
 *   stages: [{ id: "buy", name: "Purchase", order: 1, steps: ["Adds to cart", "Pays"], emotions: { kari: -1 } }],
 * }));
 * // journey
 * //   title Shop#58; first visit
 * //   section Purchase
 * //     Adds to cart: 2: Kari
 * //     Pays: 2: Kari
 * ```
 */
export function toMermaidJourney(journey: Journey, options: MermaidJourneyOptions = {}): string {
  parseOptions(MermaidJourneyOptionsSchema, options);
  const report = kpiReport(journey, options.metrics ?? {});
  const labels = labelsFor(options.locale ?? "en");
  const formatter = createFormatter(options.locale ?? "en", labels);
  let personas = journey.personas;
  if (options.persona !== undefined) {
    personas = personas.filter((persona) => persona.id === options.persona);
    if (personas.length === 0) {
      throw new InvalidOptionError({
        option: "persona",
        problem: `the journey has no persona "${options.persona}" (its personas: ${journey.personas.map((persona) => `"${persona.id}"`).join(", ") || "none"})`,
      });
    }
  }
  const lines = ["journey", `  title ${mermaidText(journey.name, journey.id)}`];
  for (const stage of journey.stages) {
    lines.push(`  section ${mermaidText(stage.name, `Stage ${stage.order}`)}`);
    // Personas with the same score share a task; the order follows the scores' first appearance.
    const actorsByScore = new Map<number, string[]>();
    for (const persona of personas) {
      const emotion = stage.emotions[persona.id];
      if (emotion === undefined) continue;
      const score = emotion + NEUTRAL_SCORE;
      actorsByScore.set(score, [...(actorsByScore.get(score) ?? []), mermaidText(persona.name, persona.id)]);
    }
    if (actorsByScore.size === 0) actorsByScore.set(NEUTRAL_SCORE, []);
    const steps = stage.steps.length > 0 ? stage.steps : [stage.name];
    for (const step of steps) {
      for (const [score, actors] of actorsByScore) {
        lines.push(
          `    ${mermaidText(step, "…")}: ${score}${actors.length > 0 ? `: ${actors.join(", ")}` : ""}`,
        );
      }
    }
    for (const line of report.stages.find((group) => group.stage === stage.id)?.kpis ?? []) {
      if (line.value === null) continue;
      const target =
        line.target === null ? "" : ` (${labels.target} ${formatter.kpi(line.target, line.unit)})`;
      const text = `${line.name} ${formatter.kpi(line.value, line.unit)}${target}`;
      lines.push(`    ${mermaidText(text, line.id)}: ${STATUS_SCORE[displayStatus(line)]}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
