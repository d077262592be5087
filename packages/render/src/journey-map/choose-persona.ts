import { InvalidOptionError, type Journey } from "@journeykit/core";

/**
 * The persona a map is drawn for: the one named by `id`, or when none is named the first persona
 * with emotions (else the first persona, else none).
 *
 * @throws `InvalidOptionError` (from `@journeykit/core`, option `persona`) when `id` names no persona of the journey.
 */
export function choosePersona(
  journey: Journey,
  id: string | undefined,
): Journey["personas"][number] | undefined {
  if (id === undefined) {
    const withEmotions = journey.personas.find((persona) =>
      journey.stages.some((stage) => stage.emotions[persona.id] !== undefined),
    );
    return withEmotions ?? journey.personas[0];
  }
  const persona = journey.personas.find((candidate) => candidate.id === id);
  if (persona === undefined) {
    const known = journey.personas.map((candidate) => `"${candidate.id}"`).join(", ") || "none";
    throw new InvalidOptionError({
      option: "persona",
      problem: `the journey has no persona "${id}" (its personas: ${known})`,
    });
  }
  return persona;
}
