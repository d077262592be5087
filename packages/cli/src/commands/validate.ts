import { usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { loadJourney } from "../load-journey";

/** `journeykit validate <journey.json>`: schema and reference errors with paths; exit 1 on error. */
export async function validateCommand(positionals: readonly string[], io: CliIo): Promise<number> {
  const path = positionals[0];
  if (path === undefined)
    throw usageError("validate needs a journey file: journeykit validate <journey.json>");
  const journey = await loadJourney(path, io.cwd);
  io.stdout(
    `${path} is a valid journey map: "${journey.name}" with ${journey.stages.length} stages, ${journey.touchpoints.length} touchpoints, ${journey.personas.length} personas and ${journey.kpis.length} KPIs.\n`,
  );
  return 0;
}
