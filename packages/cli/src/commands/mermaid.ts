import { toMermaidJourney } from "@journeykit/render";
import { usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { loadJourney } from "../load-journey";

/** `journeykit mermaid <journey.json>`: the journey as a Mermaid `journey` diagram. */
export async function mermaidCommand(positionals: readonly string[], io: CliIo): Promise<number> {
  const path = positionals[0];
  if (path === undefined) throw usageError("mermaid needs a journey file: journeykit mermaid <journey.json>");
  io.stdout(`${toMermaidJourney(await loadJourney(path, io.cwd))}\n`);
  return 0;
}
