import { journeySchemaJson } from "@journeykit/core/schemas";
import type { CliIo } from "../cli-io";

/** `journeykit schema`: prints the JSON Schema of journey files. */
export async function schemaCommand(_positionals: readonly string[], io: CliIo): Promise<number> {
  io.stdout(`${JSON.stringify(journeySchemaJson(), null, 2)}\n`);
  return 0;
}
